"""Sending an outgoing mail by e-mail at ``send`` (ia.docs.sending.email)."""

from ia.core.docgen import settings as docgen_settings
from ia.core.mailqueue import api as mailqueue
from ia.core.mailqueue.viewlet import EmailStatusViewlet
from ia.core.settings.api import update
from ia.docs.letters.letter import get_letter
from ia.docs.replies import create_reply
from ia.docs.sending.email import SendingRefused
from plone import api
from plone.app.testing import login
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import person
from zope.sendmail.delivery import QueuedMailDelivery
import email
import pytest


class ImmediateDelivery(QueuedMailDelivery):
    """The queue's delivery, written at once: the integration layer never
    commits (tests/core/test_mailqueue.py checks the commit/abort path)."""

    def send(self, fromaddr, toaddrs, message):
        manager = self.createDataManager(fromaddr, toaddrs, message)
        manager.callable()


class Mailer:
    """Stands for the SMTP server: records what the queue sends."""

    def __init__(self):
        self.sent = []

    def send(self, fromaddr, toaddrs, message):
        self.sent.append(message)


@pytest.fixture
def mailhost(portal, tmp_path, monkeypatch):
    """Sending goes through the queue; ``.messages`` flushes it first."""
    monkeypatch.setenv("IA_MAIL_QUEUE", str(tmp_path / "queue"))
    monkeypatch.setattr(mailqueue, "QueuedMailDelivery", ImmediateDelivery)
    mailer = Mailer()

    class Flushing:
        @property
        def messages(self):
            mailqueue.process(portal, mailer=mailer, commit=False)
            return mailer.sent

    return Flushing()


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch):
    monkeypatch.setattr(docgen_settings, "answering_port", lambda *a, **k: None)


@pytest.fixture
def outgoing(portal, services, registered, mailhost):
    municipality()
    sender = addressed_person(email="jean.dupont@example.org")
    mail = registered(sender=sender.UID(), title="Demande de subside")
    login(portal, "encodeur")
    reply = create_reply(mail, send_modes=["email"])
    login(portal, "chef")
    for transition in ("propose_to_sign", "sign"):
        api.content.transition(obj=reply, transition=transition)
    return reply


def _send(reply):
    api.content.transition(obj=reply, transition="send")


def test_sent_with_the_letter(portal, outgoing, mailhost):
    _send(outgoing)
    assert api.content.get_state(outgoing) == "sent"
    assert len(mailhost.messages) == 1
    message = email.message_from_bytes(bytes(mailhost.messages[0]))
    assert "jean.dupont@example.org" in message["To"]
    assert "courrier@demo.be" in message["From"]
    assert outgoing.reference in message["Subject"]
    parts = [p for p in message.walk() if p.get_filename()]
    assert len(parts) == 1
    letter = get_letter(outgoing)
    assert parts[0].get_filename() == letter.file.filename
    assert parts[0].get_content_type() == "application/vnd.oasis.opendocument.text"
    assert parts[0].get_payload(decode=True) == letter.file.data
    last = outgoing.workflow_history["ia_outgoing_mail_workflow"][-1]
    assert last["action"] == "send"
    assert "jean.dupont@example.org" in last["comments"]
    assert "file d'envoi" in last["comments"]
    assert "E-mail envoyé le" in mailqueue.status_text(outgoing)


def test_stored_letter_is_the_one_sent(portal, outgoing, mailhost):
    from ia.docs.letters.letter import generate_letter

    letter = generate_letter(outgoing)
    _send(outgoing)
    message = email.message_from_bytes(bytes(mailhost.messages[0]))
    part = next(p for p in message.walk() if p.get_filename())
    assert part.get_payload(decode=True) == letter.file.data


def test_recipient_without_email_is_named(portal, outgoing, mailhost):
    nomail = person(lastname="Sanscourriel", firstname="Paul")
    outgoing.recipients = [*outgoing.recipients, nomail.UID()]
    with pytest.raises(SendingRefused) as info:
        _send(outgoing)
    assert "Sanscourriel Paul" in str(info.value)
    assert api.content.get_state(outgoing) == "signed"
    assert mailhost.messages == []


def test_no_recipient(portal, outgoing, mailhost):
    outgoing.recipients = []
    with pytest.raises(SendingRefused):
        _send(outgoing)
    assert api.content.get_state(outgoing) == "signed"
    assert mailhost.messages == []


def test_no_municipality_address(portal, outgoing, mailhost):
    update(email="")
    with pytest.raises(SendingRefused):
        _send(outgoing)
    assert api.content.get_state(outgoing) == "signed"
    assert mailhost.messages == []


def test_post_only_sends_nothing(portal, outgoing, mailhost):
    outgoing.send_modes = ["post"]
    outgoing.recipients = [person(lastname="Postal").UID()]
    _send(outgoing)
    assert api.content.get_state(outgoing) == "sent"
    assert mailhost.messages == []


def test_mail_server_down_keeps_the_email_and_says_so(portal, outgoing, mailhost):
    """Issue 12: no 500, the e-mail waits in the queue and the page says so."""
    _send(outgoing)
    assert api.content.get_state(outgoing) == "sent"
    assert "file d'envoi" in mailqueue.status_text(outgoing)

    class Down:
        def send(self, *args):
            raise ConnectionRefusedError(111, "Connection refused")

    summary = mailqueue.process(portal, mailer=Down(), commit=False)
    assert "1 en attente" in summary
    text = mailqueue.status_text(outgoing)
    assert "file d'envoi" in text and "Connection refused" in text
    assert len(mailhost.messages) == 1  # the server is back: sent once
    assert mailqueue.status(outgoing)["state"] == mailqueue.SENT


def test_refused_recipient_is_a_failure_shown_on_the_page(portal, outgoing, mailhost):
    import smtplib

    _send(outgoing)

    class Refusing:
        def send(self, *args):
            raise smtplib.SMTPRecipientsRefused(
                {"jean.dupont@example.org": (550, b"no such user")}
            )

    mailqueue.process(portal, mailer=Refusing(), commit=False)
    assert mailqueue.status(outgoing)["state"] == mailqueue.FAILED
    assert mailqueue.status_text(outgoing).startswith("Échec")
    assert mailhost.messages == []  # set aside, not retried
    html = EmailStatusViewlet(outgoing, outgoing.REQUEST, None, None).render()
    assert "portalMessage error" in html and "550" in html
