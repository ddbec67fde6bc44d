"""Sending an outgoing mail by e-mail when it takes ``send``.

Before ``send`` (send mode ``email`` chosen): every recipient must have an
e-mail in the directory and the municipality an address in the *Commune*
settings; the letter is generated when none is stored. Otherwise the
transition is refused with a message naming what is missing (a
``BadRequest``, as ``ia.docs.workflows.check_agent``): nothing is sent and
the state is unchanged.

After ``send``: one e-mail to the recipients, From the municipality's
address, the letter attached (the stored one: PDF when LibreOffice made it,
else ODT), put in the outgoing queue (``ia.core.mailqueue``): it is written
when the transaction commits and sent by the queue's job, so a mail server
that is down never fails the transition (no error page after "state
changed"), nothing is lost and it is retried. The date and the addresses go
to the comment of the ``send`` entry of the history; the mail page shows
where the e-mail is (``viewlet``: en file d'envoi, envoyé, échec).
"""

from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr
from ia.core.docgen.errors import DocgenError
from ia.core.mailqueue import api as mailqueue
from ia.core.settings.api import get_settings
from ia.docs import _
from ia.docs.letters import addresses
from ia.docs.letters.letter import generate_letter
from ia.docs.letters.letter import get_letter
from ia.docs.workflows import OUTGOING_WORKFLOW
from zExceptions import BadRequest
from zoneinfo import ZoneInfo
from zope.i18n import translate


BRUSSELS = ZoneInfo("Europe/Brussels")
SEND = "send"
EMAIL = "email"


class SendingRefused(BadRequest):
    """``send`` by e-mail is not possible; the message says why."""


def by_email(mail) -> bool:
    return EMAIL in (getattr(mail, "send_modes", None) or ())


def recipients_emails(mail):
    """``([(label, email)], [labels without e-mail])`` of the recipients."""
    found, missing = [], []
    for uid in getattr(mail, "recipients", None) or ():
        label = addresses.label(uid) or uid
        email = addresses.email_of(uid)
        if email:
            found.append((label, email))
        else:
            missing.append(label)
    return found, missing


def problem(mail):
    """Why ``mail`` cannot be sent by e-mail (a translatable message), or None."""
    found, missing = recipients_emails(mail)
    if missing:
        return _(
            "msg_send_no_email",
            default="Cannot send by e-mail: no e-mail address for ${names}.",
            mapping={"names": ", ".join(missing)},
        )
    if not found:
        return _(
            "msg_send_no_recipient",
            default="Cannot send by e-mail: the mail has no recipient.",
        )
    if not (get_settings().email or "").strip():
        return _(
            "msg_send_no_from",
            default="Cannot send by e-mail: the municipality has no e-mail "
            "address in the Commune settings.",
        )
    return None


def _refuse(mail, message):
    raise SendingRefused(translate(message, context=getattr(mail, "REQUEST", None)))


def check_before_send(mail, event):
    """``IBeforeTransitionEvent``: refuse ``send`` when the e-mail cannot go."""
    transition = getattr(event, "transition", None)
    if transition is None or transition.id != SEND or not by_email(mail):
        return
    message = problem(mail)
    if message is not None:
        _refuse(mail, message)
    if get_letter(mail) is None:
        try:
            generate_letter(mail)
        except DocgenError as exc:
            _refuse(mail, exc.message)


def build_message(mail, letter, found):
    settings = get_settings()
    reference = getattr(mail, "reference", None) or ""
    message = EmailMessage()
    message["Subject"] = f"{reference} – {mail.Title()}" if reference else mail.Title()
    message["From"] = formataddr((settings.name or "", settings.email.strip()))
    message["To"] = ", ".join(formataddr(pair) for pair in found)
    message.set_content(
        "Madame, Monsieur,\n\n"
        f"Veuillez trouver ci-joint notre courrier {reference} : {mail.Title()}.\n\n"
        f"{settings.name or ''}\n"
    )
    maintype, _sep, subtype = (
        letter.file.contentType or "application/octet-stream"
    ).partition("/")
    message.add_attachment(
        letter.file.data,
        maintype=maintype,
        subtype=subtype or "octet-stream",
        filename=letter.file.filename,
    )
    return message


def _add_to_comment(mail, text):
    history = mail.workflow_history.get(OUTGOING_WORKFLOW)
    if not history:
        return
    last = dict(history[-1])
    comment = (last.get("comments") or "").strip()
    last["comments"] = f"{comment}\n{text}" if comment else text
    mail.workflow_history[OUTGOING_WORKFLOW] = history[:-1] + (last,)


def send_after(mail, event):
    """``IAfterTransitionEvent`` of ``send``: the e-mail, then the history."""
    transition = getattr(event, "transition", None)
    if transition is None or transition.id != SEND or not by_email(mail):
        return
    found, _missing = recipients_emails(mail)
    letter = get_letter(mail)
    message = build_message(mail, letter, found)
    mailqueue.enqueue(mail, message)
    now = datetime.now(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    to = ", ".join(email for _label, email in found)
    text = translate(
        _(
            "msg_queued_by_email",
            default="E-mail queued on ${date} for ${addresses} (${file}).",
            mapping={"date": now, "addresses": to, "file": letter.file.filename},
        ),
        target_language="fr",
    )
    _add_to_comment(mail, text)
