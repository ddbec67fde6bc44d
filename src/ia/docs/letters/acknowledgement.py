"""The acknowledgement of receipt ("Accusé de réception") of an incoming mail.

When a mail whose type has ``ack`` = 1 (``ia.docs.mail_types``) is
registered — add form, REST or bulk ingestion: every path fires
``IObjectAddedEvent``, after ``ia.reference`` numbered the mail — the
subscriber decides, cheaply, whether an acknowledgement is due:

* due: ``ack_pending`` is set on the mail;
* not possible (no sender, or a sender with neither a postal address nor an
  e-mail): the reason is logged and kept in ``ack_skipped``.

The ODT itself is rendered lazily, on first access (``@@ia-acknowledgement``,
``POST @ia-acknowledgement``, :func:`ensure_acknowledgement`): appy takes
60–250 ms a letter, several times a whole registration, and bulk ingestion
must stay above 80 mails/s. It is then stored in the mail as an
``IaAttachment`` with the id ``accuse-reception`` (ODT only: no LibreOffice;
the PDF comes from the usual generation links). The registry switch
``ia.docs.ack_enabled`` turns the whole feature off.
"""

from ia.core.docgen import api as docgen
from ia.docs import _
from ia.docs.letters import addresses
from ia.docs.mailtypes import get_mail_type
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.i18n import translate
import logging


logger = logging.getLogger("ia.docs.letters")

TEMPLATE = "accuse-reception"
ATTACHMENT_ID = "accuse-reception"
ENABLED_RECORD = "ia.docs.ack_enabled"
ODT = "application/vnd.oasis.opendocument.text"


def enabled() -> bool:
    return bool(api.portal.get_registry_record(ENABLED_RECORD, default=True))


def required(mail) -> bool:
    """Does the mail's type ask for an acknowledgement (and is it switched on)?"""
    mail_type = get_mail_type(getattr(mail, "mail_type", None))
    return bool(mail_type and mail_type.acknowledgement and enabled())


def skip_reason(mail):
    """Why no acknowledgement can be sent (a translatable message), or None."""
    sender = addresses.resolve(getattr(mail, "sender", None))
    if sender is None:
        return _(
            "msg_ack_no_sender",
            default="No acknowledgement: the mail has no sender from the directory.",
        )
    if not addresses.postal_lines(sender) and not addresses.email_of(sender):
        return _(
            "msg_ack_no_address",
            default="No acknowledgement: the sender ${sender} has neither a "
            "postal address nor an e-mail.",
            mapping={"sender": sender.Title()},
        )
    return None


def get_acknowledgement(mail):
    """The stored acknowledgement attachment of ``mail``, or None."""
    if ATTACHMENT_ID not in mail.objectIds():
        return None
    return mail._getOb(ATTACHMENT_ID)


def attachment_title(mail) -> str:
    reference = getattr(mail, "reference", None) or mail.Title()
    return f"Accusé de réception {reference}"


def create_acknowledgement(mail):
    """Render and store (or replace) the acknowledgement; returns the attachment.

    Raises ``ValueError`` with the reason (a translatable message) when it
    cannot be made.
    """
    reason = skip_reason(mail)
    if reason is not None:
        raise ValueError(reason)
    data, _filename, _mime = docgen.generate(mail, TEMPLATE, "odt")
    reference = (getattr(mail, "reference", None) or mail.getId()).replace("/", "-")
    blob = NamedBlobFile(
        data=data, filename=f"accuse-reception-{reference}.odt", contentType=ODT
    )
    mail.ack_pending = False
    mail.ack_skipped = None
    with api.env.adopt_roles(["Manager"]):
        existing = get_acknowledgement(mail)
        if existing is not None:
            existing.file = blob
            existing.reindexObject()
            return existing
        return api.content.create(
            container=mail,
            type=docgen.ATTACHMENT_TYPE,
            id=ATTACHMENT_ID,
            title=attachment_title(mail),
            file=blob,
        )


def ensure_acknowledgement(mail):
    """The stored acknowledgement, rendered now when it is still pending."""
    existing = get_acknowledgement(mail)
    if existing is not None:
        return existing
    return create_acknowledgement(mail)


def on_registered(mail, event):
    """``IObjectAddedEvent`` of an incoming mail: is an acknowledgement due?"""
    if not required(mail):
        return
    reason = skip_reason(mail)
    if reason is not None:
        mail.ack_skipped = translate(reason, target_language="fr")
        logger.info(
            "%s: %s", getattr(mail, "reference", mail.getId()), mail.ack_skipped
        )
        return
    mail.ack_pending = True
