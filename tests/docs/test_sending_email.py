"""Sending an outgoing mail by e-mail at ``send`` (ia.docs.sending.email)."""

from ia.core.docgen import settings as docgen_settings
from ia.core.settings.api import update
from ia.docs.letters.letter import get_letter
from ia.docs.replies import create_reply
from ia.docs.sending.email import SendingRefused
from plone import api
from plone.app.testing import login
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import person
from zope.component import getSiteManager
import email
import pytest


@pytest.fixture
def mailhost(portal):
    original = portal.MailHost
    mock = MockMailHost("MailHost")
    portal.MailHost = mock
    manager = getSiteManager(portal)
    manager.unregisterUtility(provided=IMailHost)
    manager.registerUtility(mock, provided=IMailHost)
    yield mock
    portal.MailHost = original
    manager.unregisterUtility(provided=IMailHost)
    manager.registerUtility(original, provided=IMailHost)


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
    assert "courriel" in last["comments"]


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
