"""Mail types: registry record ``ia.docs.mail_types``, one ``id|Title|delay_days|ack``
line each (``ack`` = 1 when the type requires an acknowledgement letter).

    letter|Lettre|30|0
    complaint|Plainte|15|1
"""

from dataclasses import dataclass
from ia.core.registrylines import split_fields
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


RECORD = "ia.docs.mail_types"


@dataclass(frozen=True)
class MailType:
    id: str
    title: str
    delay_days: int | None = None
    acknowledgement: bool = False


def parse_line(line) -> MailType | None:
    """A ``MailType`` from one line; ``None`` for a blank line.

    A missing or invalid delay means "no default delay"; ``ack`` is true for
    ``1``, ``true``, ``yes`` or ``oui``.
    """
    fields = split_fields(line)
    if not fields or not fields[0]:
        return None
    title = fields[1] if len(fields) > 1 and fields[1] else fields[0]
    delay = None
    if len(fields) > 2 and fields[2].isdigit():
        delay = int(fields[2])
    ack = len(fields) > 3 and fields[3].lower() in ("1", "true", "yes", "oui")
    return MailType(fields[0], title, delay, ack)


def get_mail_types() -> list[MailType]:
    """The configured mail types, in registry order (repeated ids: first wins)."""
    result, seen = [], set()
    for line in api.portal.get_registry_record(RECORD, default=None) or ():
        mail_type = parse_line(line)
        if mail_type is None or mail_type.id in seen:
            continue
        seen.add(mail_type.id)
        result.append(mail_type)
    return result


def get_mail_type(mail_type_id) -> MailType | None:
    for mail_type in get_mail_types():
        if mail_type.id == mail_type_id:
            return mail_type
    return None


@provider(IVocabularyFactory)
def mail_types_vocabulary(context=None):
    return SimpleVocabulary(
        [SimpleTerm(value=t.id, token=t.id, title=t.title) for t in get_mail_types()]
    )


SEND_MODES = (
    ("post", "Post"),
    ("email", "E-mail"),
    ("registered", "Registered letter"),
)


@provider(IVocabularyFactory)
def send_modes_vocabulary(context=None):
    from ia.docs import _

    return SimpleVocabulary(
        [SimpleTerm(value=key, token=key, title=_(title)) for key, title in SEND_MODES]
    )
