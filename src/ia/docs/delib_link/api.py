"""Send an incoming mail to iA.Delib as a draft item ("point").

::

    from ia.docs.delib_link import api as delib_link

    delib_link.delib_available()            # ia.delib importable and installed
    delib_link.bodies_for(mail)             # bodies the user may add items to
    item = delib_link.send_to_delib(mail)   # the college (or the only body)
    item = delib_link.send_to_delib(mail, body_uid)
    delib_link.item_of(mail), delib_link.mail_of(item)

iA.Docs works without iA.Delib: this module imports nothing of ``ia.delib``
at import time, and every function first checks that the package is
importable and its profile installed in the site. The new item (state
created) is made with the user's rights in the chosen body: proposing
service = the mail's first treating service, title = subject, a motivation
naming the mail (reference, reception date, sender), the mail's main file
as an annex. The link is stored by UID on both sides (``delib_item_uid`` on
the mail, ``docs_mail_uid`` on the item). Every refusal is a
``DelibLinkError`` with a clear message; nothing is created.
"""

from html import escape
from ia.core.errors import IaError
from ia.core.orgchart.storage import stored_value
from ia.docs import _
from ia.docs.letters import addresses
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from zope.i18n import translate
import importlib.util


PROFILE = "ia.delib:default"
ITEM_TYPE = "IaDelibItem"
BODY_TYPE = "IaDelibBody"
SENDABLE_STATE = "in_treatment"
MODIFY = "Modify portal content"
ADD_ITEM = "ia.delib: Add item"
TO = "delib_item_uid"
FROM = "docs_mail_uid"


class DelibLinkError(IaError):
    """The mail may not be sent to iA.Delib (the message says why)."""


def delib_available() -> bool:
    """``ia.delib`` is importable and ``ia.delib:default`` installed here."""
    if importlib.util.find_spec("ia.delib") is None:
        return False
    setup = api.portal.get_tool("portal_setup")
    return setup.getLastVersionForProfile(PROFILE) != "unknown"


def _by_uid(uid):
    if not uid:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def item_of(mail):
    """The Delib item made from ``mail`` (None if none or deleted)."""
    return _by_uid(getattr(mail, TO, None))


def mail_of(item):
    """The incoming mail ``item`` was made from, or None."""
    return _by_uid(getattr(item, FROM, None))


def bodies_for(mail=None) -> list:
    """The bodies the current user may add items to, colleges first."""
    if not delib_available():
        return []
    catalog = api.portal.get_tool("portal_catalog")
    bodies = [brain.getObject() for brain in catalog(portal_type=BODY_TYPE)]
    allowed = [
        body
        for body in bodies
        if api.user.has_permission(ADD_ITEM, obj=body)
        and api.user.has_permission("Add portal content", obj=body)
    ]
    return sorted(allowed, key=lambda body: (body.body_kind != "college", body.Title()))


def check_can_send(mail) -> None:
    """Raise ``DelibLinkError`` unless the user may send ``mail`` now."""
    if not delib_available():
        raise DelibLinkError(
            _(
                "msg_delib_not_installed",
                default="iA.Delib is not installed in this site.",
            )
        )
    if api.content.get_state(mail, default=None) != SENDABLE_STATE:
        raise DelibLinkError(
            _(
                "msg_delib_not_in_treatment",
                default="Only a mail in treatment may become a deliberation item.",
            )
        )
    if not api.user.has_permission(MODIFY, obj=mail):
        raise DelibLinkError(
            _(
                "msg_delib_no_right",
                default="Only who treats this mail (agent or service manager) "
                "may make a deliberation item of it.",
            )
        )
    already = item_of(mail)
    if already is not None:
        raise DelibLinkError(
            _(
                "msg_delib_already_sent",
                default="This mail has already become the deliberation item "
                "${title} (${url}).",
                mapping={"title": already.Title(), "url": already.absolute_url()},
            )
        )
    if not bodies_for(mail):
        raise DelibLinkError(
            _(
                "msg_delib_no_body",
                default="There is no deliberative body you may add items to.",
            )
        )


def can_send(mail) -> bool:
    try:
        check_can_send(mail)
    except DelibLinkError:
        return False
    return True


def target_body(mail, uid=None):
    """The body ``uid`` (one the user may add items to), else the first college
    (else the only body)."""
    bodies = bodies_for(mail)
    if uid:
        for body in bodies:
            if api.content.get_uuid(body) == uid:
                return body
        raise DelibLinkError(
            _(
                "msg_delib_bad_body",
                default="${uid} is not a deliberative body you may add items to.",
                mapping={"uid": str(uid)},
            )
        )
    colleges = [body for body in bodies if body.body_kind == "college"]
    if colleges:
        return colleges[0]
    if len(bodies) == 1:
        return bodies[0]
    raise DelibLinkError(
        _("msg_delib_choose_body", default="There are several bodies: choose one.")
    )


def motivation(mail) -> RichTextValue:
    """ "Vu le courrier E/2026/00042 reçu le 23/11/2026 de Jean Dupont." """
    date = getattr(mail, "reception_date", None)
    sender = addresses.resolve(getattr(mail, "sender", None))
    message = _(
        "text_delib_motivation",
        default="Considering the mail ${reference} received on ${date} from "
        "${sender}: ${subject}.",
        mapping={
            "reference": getattr(mail, "reference", None) or mail.getId(),
            "date": date.strftime("%d/%m/%Y") if date else "?",
            "sender": sender.Title() if sender is not None else "?",
            "subject": mail.Title(),
        },
    )
    text = translate(message, target_language="fr")
    return RichTextValue(f"<p>{escape(text)}</p>", "text/html", "text/x-html-safe")


def _copy_main_file(mail, item) -> None:
    main = getattr(mail, "main_file", None)
    if main is None:
        return
    blob = NamedBlobFile(
        data=main.data, filename=main.filename, contentType=main.contentType
    )
    reference = getattr(mail, "reference", None) or mail.getId()
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=item,
            type="IaAttachment",
            id="courrier-" + reference.replace("/", "-").lower(),
            title=f"Courrier {reference}",
            file=blob,
        )


def send_to_delib(mail, body=None):
    """Create the draft item from ``mail`` in ``body`` (object, UID or None)."""
    check_can_send(mail)
    if body is None or isinstance(body, str):
        body = target_body(mail, body)
    services = list(stored_value(mail, "responsible_services") or ())
    item = api.content.create(
        container=body,
        type=ITEM_TYPE,
        title=mail.Title(),
        responsible_services=services[:1],
        motivation=motivation(mail),
    )
    _copy_main_file(mail, item)
    setattr(item, FROM, api.content.get_uuid(mail))
    setattr(mail, TO, api.content.get_uuid(item))
    item.reindexObject()
    mail.reindexObject()
    return item
