"""iA.Docs' dashboard columns (``IDashboardColumn`` utilities, ``configure.zcml``).

| id | header (fr) | metadata | sorts on |
|---|---|---|---|
| ``sender`` | Expéditeur | ``ia_sender_title`` | ``ia_sender_sortable`` |
| ``mail_type`` | Type de courrier | ``ia_mail_type`` (id → title) | ``ia_mail_type`` |
| ``recipients`` | Destinataires | ``ia_mail_recipients`` | — |

Values come from ``indexers.py``; the mail type's title from the registry
record ``ia.docs.mail_types``, read once per page.
"""

from ia.core.dashboard.columns import Column
from ia.core.dashboard.columns import VocabularyColumn
from ia.docs import _


class SenderColumn(Column):
    id = "sender"
    title = _("column_sender", default="Sender")
    metadata = "ia_sender_title"
    sort_index = "ia_sender_sortable"


class MailTypeColumn(VocabularyColumn):
    """Sorted on the type's id (the registry's titles are not indexed)."""

    id = "mail_type"
    title = _("column_mail_type", default="Mail type")
    metadata = "ia_mail_type"
    sort_index = "ia_mail_type"
    vocabulary = "ia.docs.mail_types"


class RecipientsColumn(Column):
    id = "recipients"
    title = _("column_recipients", default="Recipients")
    metadata = "ia_mail_recipients"
