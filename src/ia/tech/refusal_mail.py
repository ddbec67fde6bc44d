"""The refusal reason reaches the requester by e-mail.

When triage refuses a work request (``ia.tech.triage.refuse`` or the state
menu's *Refuser* with its comment), the requester gets an e-mail through
the core's outgoing queue (``ia.core.mailqueue``: written when the
transaction commits, sent by the queue's job, retried when the mail server
is down). The address, first found of:

1. the e-mail a citizen gave in the Open311 POST (``contact_email``);
2. the e-mail of the requester, a contact of the directory;
3. the e-mail of the colleague who filed the request (its creator).

No address: nothing is sent, the requester reads the reason on the request
(and a citizen through Open311 ``status_notes``). The request's page shows
where the e-mail is (``ia.core.mailqueue.viewlet.EmailStatusViewlet``).
"""

from email.message import EmailMessage
from email.utils import formataddr
from ia.core.mailqueue import api as mailqueue
from ia.core.settings.api import get_settings
from ia.tech import _
from plone import api
from zope.i18n import translate


def fr(message) -> str:
    return translate(message, target_language="fr")


def _user_email(userid):
    user = api.user.get(userid=userid) if userid else None
    return (user.getProperty("email") or "").strip() if user is not None else ""


def recipient(request) -> str:
    """The requester's e-mail address, or ``""``."""
    email = (getattr(request, "contact_email", None) or "").strip()
    if email:
        return email
    uid = getattr(request, "requester", None)
    contact = api.content.get(UID=uid) if isinstance(uid, str) and uid else None
    email = (getattr(contact, "email", None) or "").strip() if contact else ""
    if email:
        return email
    creators = request.listCreators()
    return _user_email(creators[0]) if creators else ""


def build(request, reason: str, to: str) -> EmailMessage:
    settings = get_settings()
    reference = getattr(request, "reference", None) or ""
    message = EmailMessage()
    message["Subject"] = fr(
        _(
            "Your request ${reference} was refused",
            mapping={"reference": reference or request.Title()},
        )
    )
    sender = (settings.email or "").strip() or api.portal.get_registry_record(
        "plone.email_from_address", default=""
    )
    message["From"] = formataddr((settings.name or "", sender or "noreply@localhost"))
    message["To"] = to
    intro = fr(
        _(
            "Your request « ${title} » (${reference}) was refused for this reason:",
            mapping={"title": request.Title(), "reference": reference},
        )
    )
    message.set_content(
        f"Madame, Monsieur,\n\n{intro}\n\n{reason}\n\n{settings.name or ''}\n"
    )
    return message


def send_refusal(request, reason: str) -> str | None:
    """Queue the refusal e-mail of ``request``; its Message-Id, or None when
    the requester has no e-mail address."""
    to = recipient(request)
    if not to:
        return None
    return mailqueue.enqueue(request, build(request, reason, to))
