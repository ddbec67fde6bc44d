"""Queue an e-mail for a document, send the queue, tell where an e-mail is."""

from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
from email.utils import make_msgid
from ia.core import _
from ia.core import logger
from pathlib import Path
from persistent.mapping import PersistentMapping
from plone import api
from zoneinfo import ZoneInfo
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate
from zope.sendmail.delivery import QueuedMailDelivery
from zope.sendmail.maildir import Maildir
import os
import smtplib
import tempfile
import time
import transaction


ANNOTATION_KEY = "ia.core.mailqueue"
UID_HEADER, SITE_HEADER = "X-Ia-Uid", "X-Ia-Site"
QUEUED, SENT, FAILED, RETRYING = "queued", "sent", "failed", "retrying"
BRUSSELS = ZoneInfo("Europe/Brussels")
MAX_ATTEMPTS = 48  # a pass every 5 minutes: 4 hours of retries


def queue_dir() -> Path:
    """``$IA_MAIL_QUEUE`` (zope.conf), else a folder of the temporary dir."""
    path = os.environ.get("IA_MAIL_QUEUE") or os.path.join(
        tempfile.gettempdir(), "ia-mailqueue"
    )
    # A folder made beforehand (by the operator's tools, or empty) becomes
    # a Maildir: zope.sendmail refuses an existing folder without one.
    if os.path.isdir(path):
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(path, sub), exist_ok=True)
    Maildir(path, create=True)
    return Path(path)


def _record(obj, create=False):
    annotations = IAnnotations(obj)
    record = annotations.get(ANNOTATION_KEY)
    if record is None and create:
        record = annotations[ANNOTATION_KEY] = PersistentMapping()
    return record


def status(obj) -> dict:
    """``{state, message_id, queued, sent, error, attempts, to}`` or ``{}``."""
    record = _record(obj)
    return dict(record) if record is not None else {}


def enqueue(obj, message: EmailMessage) -> str:
    """Queue ``message`` (sent on commit) for ``obj``; return its Message-Id."""
    portal = api.portal.get()
    message_id = make_msgid(domain="ia.local")
    del message["Message-Id"]
    message["Message-Id"] = message_id
    message[UID_HEADER] = api.content.get_uuid(obj)
    message[SITE_HEADER] = portal.getId()
    to = [address for _name, address in getaddresses(message.get_all("To", []))]
    fromaddr = getaddresses([message["From"]])[0][1]
    QueuedMailDelivery(str(queue_dir())).send(fromaddr, to, message.as_bytes())
    record = _record(obj, create=True)
    record.clear()
    record.update(
        state=QUEUED,
        message_id=message_id,
        queued=time.time(),
        to=", ".join(to),
        attempts=0,
        error="",
    )
    return message_id


def _when(seconds) -> str:
    """Shown in Europe/Brussels, whatever the server's time zone."""
    return datetime.fromtimestamp(seconds, BRUSSELS).strftime("%d/%m/%Y %H:%M")


def status_text(obj, request=None) -> str | None:
    """Where the e-mail of ``obj`` is, in French (None when it has none)."""
    record = status(obj)
    if not record:
        return None
    state = record.get("state")
    if state == SENT:
        message = _(
            "msg_mail_sent",
            default="E-mail sent on ${date} to ${to}.",
            mapping={"date": _when(record["sent"]), "to": record.get("to", "")},
        )
    elif state == FAILED:
        message = _(
            "msg_mail_failed",
            default="E-mail failed: ${error}. It was not sent to ${to}.",
            mapping={"error": record.get("error", ""), "to": record.get("to", "")},
        )
    elif state == RETRYING:
        message = _(
            "msg_mail_retrying",
            default="E-mail in the outgoing queue (the mail server did not answer: "
            "${error}; attempt ${attempts}, retried automatically).",
            mapping={
                "error": record.get("error", ""),
                "attempts": str(record.get("attempts", 0)),
            },
        )
    else:
        message = _(
            "msg_mail_queued",
            default="E-mail in the outgoing queue since ${date} (to ${to}).",
            mapping={"date": _when(record["queued"]), "to": record.get("to", "")},
        )
    return translate(
        message, context=request, target_language=None if request else "fr"
    )


def _parse(raw: bytes):
    first, second, rest = raw.split(b"\n", 2)
    fromaddr = first.partition(b": ")[2].decode().strip()
    toaddrs = [a for _n, a in getaddresses([second.partition(b": ")[2].decode()]) if a]
    return fromaddr, toaddrs, rest


def crlf(message: bytes) -> bytes:
    """SMTP lines end with CRLF (RFC 5321): smtplib sends bytes as they are,
    and a strict server takes a message of bare LF for one line too long."""
    return message.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _mailer():
    mailhost = api.portal.get_tool("MailHost")
    make = getattr(mailhost, "_makeMailer", None)
    if make is not None and getattr(mailhost, "smtp_host", None):
        return make()
    return None


def _update(uid, commit, **values) -> None:
    """Record the outcome on the document; committed at once (the e-mail has
    left, whatever happens to the rest of the pass) unless ``commit`` is off."""

    def write():
        obj = api.content.get(UID=uid) if uid else None
        if obj is not None:
            _record(obj, create=True).update(values)

    if not commit:
        write()
        return
    for attempt in transaction.manager.attempts(5):
        with attempt:
            write()


def _permanent(exc) -> bool:
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    return isinstance(code, int) and 500 <= code < 600


def _claim(path: Path) -> Path | None:
    target = path.parent.parent / "tmp" / f".ia-sending-{path.name}"
    try:
        os.rename(path, target)
    except FileNotFoundError:
        return None  # another process took it
    return target


def process(portal, mailer=None, *, commit=True) -> str:  # noqa: C901 - one outcome per branch
    """Send the queued e-mails of ``portal``; a short French summary."""
    mailer = mailer or _mailer()
    if mailer is None:
        return "pas de serveur de courrier configuré"
    root = queue_dir()
    failed_dir = root / "failed"
    sent = retried = failed = 0
    for name in sorted(os.listdir(root / "new")) + sorted(os.listdir(root / "cur")):
        path = root / "new" / name
        if not path.exists():
            path = root / "cur" / name
        claimed = _claim(path)
        if claimed is None:
            continue
        raw = claimed.read_bytes()
        fromaddr, toaddrs, body = _parse(raw)
        headers = body.split(b"\n\n", 1)[0].decode("utf-8", "replace")
        fields = dict(
            line.split(": ", 1) for line in headers.splitlines() if ": " in line
        )
        if fields.get(SITE_HEADER) not in (None, portal.getId()):
            os.rename(claimed, path)  # another site's e-mail
            continue
        uid = fields.get(UID_HEADER)
        try:
            mailer.send(fromaddr, toaddrs, crlf(body))
        except Exception as exc:  # noqa: BLE001 - kept and retried, or set aside
            attempts = (
                status(api.content.get(UID=uid)).get("attempts", 0) + 1 if uid else 1
            )
            error = f"{exc.__class__.__name__}: {exc}"[:300]
            if _permanent(exc) or attempts >= MAX_ATTEMPTS:
                failed_dir.mkdir(exist_ok=True)
                os.rename(claimed, failed_dir / name)
                _update(uid, commit, state=FAILED, error=error, attempts=attempts)
                failed += 1
            else:
                os.rename(claimed, path)
                _update(uid, commit, state=RETRYING, error=error, attempts=attempts)
                retried += 1
            logger.warning("mail queue: %s not sent: %s", name, error)
            continue
        claimed.unlink()
        _update(uid, commit, state=SENT, sent=time.time(), error="")
        sent += 1
    return (
        f"{sent} envoyé(s), {retried} en attente d'un nouvel essai, {failed} en échec"
    )


class MailQueueJob:
    """``ia.core.jobs`` job: send the queue every minute."""

    title = "Envoi des e-mails en file d'attente"
    interval = 60

    def __call__(self, portal):
        return process(portal)


job = MailQueueJob()
