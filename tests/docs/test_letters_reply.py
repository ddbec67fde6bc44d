"""The letter of an outgoing mail (ia.docs.letters.letter), its view and REST."""

from AccessControl import Unauthorized
from ia.core.docgen import settings as docgen_settings
from ia.docs.letters import letter as letters
from ia.docs.replies import create_reply
from ia.docs.replies import replied_mails
from plone import api
from plone.app.testing import login
from plone.app.textfield.value import RichTextValue
from plone.protect.authenticator import createToken
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import content_xml
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import signatory
from zExceptions import Forbidden
import pytest


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch):
    monkeypatch.setattr(docgen_settings, "answering_port", lambda *a, **k: None)


@pytest.fixture
def reply(portal, services, registered):
    municipality()
    sender = addressed_person(street="Rue Basse", number="3", box="B")
    mayor = signatory()
    mail = registered(sender=sender.UID(), title="Demande de subside")
    login(portal, "encodeur")
    outgoing = create_reply(mail)
    outgoing.signatory = mayor.UID()
    outgoing.body = RichTextValue(
        "<p>Nous avons le plaisir de vous accorder le subside.</p>",
        "text/html",
        "text/x-html-safe",
    )
    return outgoing


def test_letter_values(portal, reply):
    attachment = letters.generate_letter(reply)
    assert attachment.getId() == "lettre"
    assert attachment.title == f"Lettre {reply.reference}"
    assert attachment.file.filename.endswith(".odt")  # no LibreOffice here
    text = content_xml(attachment.file.data)
    [incoming] = replied_mails(reply)
    assert "Commune de Démo" in text and "Place communale 1, 5999 Démo" in text
    assert "Monsieur Jean Dupont" in text
    assert "Rue Basse 3 bte B" in text and "5000 Namur" in text
    assert reply.reference in text
    assert "Concerne : " in text and "Re: Demande de subside" in text
    assert incoming.reference in text  # Votre référence
    assert "Nous avons le plaisir de vous accorder le subside." in text
    assert "Marie Bourgmestre" in text and "Bourgmestre" in text
    assert "Démo, le " in text


def test_regeneration_replaces_and_keeps_a_version(portal, reply):
    first = letters.generate_letter(reply)
    reply.title = "Nouvel objet"
    second = letters.generate_letter(reply)
    assert first.UID() == second.UID()
    assert reply.objectIds().count("lettre") == 1
    assert "Nouvel objet" in content_xml(second.file.data)
    repository = api.portal.get_tool("portal_repository")
    assert repository.isVersionable(second)
    history = repository.getHistoryMetadata(second)
    assert history.getLength(countPurged=False) == 2


def test_pdf_needs_libreoffice(portal, reply):
    from ia.core.docgen.errors import DocgenError

    with pytest.raises(DocgenError):
        letters.generate_letter(reply, "pdf")
    assert letters.get_letter(reply) is None


def test_best_format_without_libreoffice():
    assert letters.best_format() == "odt"


def test_view_generates_on_post(portal, reply):
    login(portal, "chef")
    request = portal.REQUEST
    view = api.content.get_view("ia-generate-letter", reply, request)
    assert "Générer la lettre" in view() or "Generate the letter" in view()
    request.method = "POST"
    request.form["_authenticator"] = createToken()
    view()
    assert letters.get_letter(reply) is not None


def test_view_refused_without_modify(portal, reply):
    login(portal, "lecteur")  # copy service: sees, does not edit
    view = api.content.get_view("ia-generate-letter", reply, portal.REQUEST)
    with pytest.raises((Forbidden, Unauthorized)):
        view()
    assert letters.get_letter(reply) is None
