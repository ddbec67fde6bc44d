"""Create the incoming mail of a :class:`Document` in ``/courrier``.

:class:`Resolver` turns the names a source wrote (service ids, acronyms or
UIDs, mail type ids, agent logins, sender) into the site's values, or
raises :class:`Rejected` naming what is unknown.
"""

from ia.core.directory import api as directory
from ia.core.directory.sources import ORGANISATION
from ia.core.directory.sources import PERSON
from ia.core.directory.sources import POSITION
from ia.core.orgchart.api import get_services
from ia.core.versioning import create_without_initial_version
from ia.docs import _
from ia.docs.ingestion.document import Document
from ia.docs.ingestion.document import FileData
from ia.docs.ingestion.files import Rejected
from ia.docs.mailtypes import get_mail_types
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobFile


MAIL_TYPE = "IaIncomingMail"
ATTACHMENT_TYPE = "IaAttachment"


class Resolver:
    """The site's services, mail types, agents and contacts, read once a run."""

    def __init__(self, settings):
        self.settings = settings
        self.services = {}
        for row in get_services(active_only=True):
            for name in (row.uid, row.path.rsplit("/", 1)[-1], row.acronym.lower()):
                if name:
                    self.services.setdefault(name, row.uid)
        self.mail_types = {t.id for t in get_mail_types()}
        self.agents = {}

    def service(self, name: str) -> str:
        uid = self.services.get(name) or self.services.get(name.lower())
        if uid is None:
            raise Rejected(
                _(
                    "msg_ingest_unknown_service",
                    default="Unknown service: ${name}.",
                    mapping={"name": name[:100]},
                )
            )
        return uid

    def mail_type(self, name: str | None) -> str:
        name = name or self.settings.mail_type
        if name not in self.mail_types:
            raise Rejected(
                _(
                    "msg_ingest_unknown_mail_type",
                    default="Unknown mail type: ${name}.",
                    mapping={"name": (name or "")[:100]},
                ),
                "Known types: " + ", ".join(sorted(self.mail_types)),
            )
        return name

    def agent(self, login: str | None) -> str | None:
        if not login:
            return None
        if login not in self.agents:
            user = api.user.get(userid=login) or api.user.get(username=login)
            self.agents[login] = user.getId() if user is not None else None
        if self.agents[login] is None:
            raise Rejected(
                _(
                    "msg_ingest_unknown_agent",
                    default="Unknown agent: ${name}.",
                    mapping={"name": login[:100]},
                )
            )
        return self.agents[login]

    def sender(self, value) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
                UID=value, portal_type=[ORGANISATION, PERSON, POSITION]
            )
            if not brains:
                raise Rejected(
                    _(
                        "msg_ingest_unknown_sender",
                        default="Unknown sender: no contact with the UID ${uid}.",
                        mapping={"uid": value[:100]},
                    )
                )
            return value
        try:
            person = directory.find_or_create_person(
                firstname=value.get("firstname"),
                lastname=value["name"],
                email=value.get("email"),
            )
        except directory.DirectoryError as exc:
            raise Rejected(exc.args[0] if exc.args else str(exc)) from exc
        return person.UID()

    def treating(self, names: list[str]) -> list[str]:
        names = names or (
            [self.settings.mail_service] if self.settings.mail_service else []
        )
        if not names:
            raise Rejected(
                _(
                    "msg_ingest_no_service",
                    default="No treating service: give treating_services or set "
                    "ia.docs.ingest_mail_service.",
                )
            )
        return _unique(self.service(name) for name in names)


def _unique(values):
    return list(dict.fromkeys(values))


def _blob(data: FileData) -> NamedBlobFile:
    return NamedBlobFile(
        data=data.data, filename=data.filename, contentType=data.content_type
    )


def resolve_fields(document: Document, resolver: Resolver) -> dict:
    """The mail's field values; raises :class:`Rejected`, writes nothing
    (a sender given as names is only looked up in :func:`write_mail`)."""
    sender = document.sender
    if isinstance(sender, str):
        sender = resolver.sender(sender)
    fields = {
        "title": document.title,
        "description": document.description or "",
        "mail_type": resolver.mail_type(document.mail_type),
        "responsible_services": resolver.treating(document.treating_services),
        "copy_services": _unique(resolver.service(n) for n in document.copy_services),
        "assigned_agent": resolver.agent(document.assigned_agent),
        "sender": sender,
        "original_sender_email": document.sender_email,
    }
    if document.reception_date is not None:
        fields["reception_date"] = document.reception_date
    if document.main_file is not None:
        fields["main_file"] = _blob(document.main_file)
    return fields


def write_mail(area, fields: dict, document: Document, resolver: Resolver):
    """Create the sender (when given as names), the mail (numbered, due date
    set) and its attachments."""
    fields = dict(fields)
    if isinstance(fields["sender"], dict):
        fields["sender"] = resolver.sender(fields["sender"])
    # No initial version (a third of the time): the mail's first change
    # saves its first version; the values as ingested stay on the mail.
    mail = create_without_initial_version(area, MAIL_TYPE, **fields)
    for attachment in document.attachments:
        createContentInContainer(
            mail,
            ATTACHMENT_TYPE,
            checkConstraints=False,
            title=attachment.filename,
            file=_blob(attachment),
        )
    return mail
