"""Over REST: @ia-acknowledgement, @ia-letter, and send by e-mail refused."""

from ia.core.docgen import settings as docgen_settings
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.docs.area import get_mail_area
from ia.docs.replies import create_reply
from plone import api
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import person
import pytest
import transaction


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch):
    monkeypatch.setattr(docgen_settings, "answering_port", lambda *a, **k: None)


@pytest.fixture
def mails(functional_portal, functional_services):
    with api.env.adopt_roles(["Manager"]):
        create_user("gestionnaire", roles=["Manager"])
        municipality()
        sender = addressed_person()
        nomail = person(lastname="Sanscourriel")
        incoming = api.content.create(
            container=get_mail_area(functional_portal),
            type="IaIncomingMail",
            title="Demande de subside",
            mail_type="request",
            sender=sender.UID(),
            responsible_services=[functional_services["travaux"]],
        )
        outgoing = create_reply(incoming, send_modes=["email"])
        outgoing.recipients = [nomail.UID()]
        for transition in ("propose_to_sign", "sign"):
            api.content.transition(obj=outgoing, transition=transition)
    transaction.commit()
    return incoming.absolute_url(), outgoing.absolute_url()


def test_acknowledgement_over_rest(mails):
    incoming, _outgoing = mails
    response = rest("POST", f"{incoming}/@ia-acknowledgement", "lecteur")
    assert response.status_code in (401, 403)  # not in the copy services here
    response = rest("POST", f"{incoming}/@ia-acknowledgement", "chef")
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["@id"].endswith("/accuse-reception")
    assert data["title"].startswith("Accusé de réception E/")
    again = rest("POST", f"{incoming}/@ia-acknowledgement", "chef")
    assert again.status_code == 200
    assert again.json()["@id"] == data["@id"]


def test_letter_over_rest(mails):
    _incoming, outgoing = mails
    response = rest("POST", f"{outgoing}/@ia-letter", "chef", json={})
    assert response.status_code == 403  # signed: only admins edit
    assert response.json()["error"]["message"]
    admin = "gestionnaire"
    response = rest("POST", f"{outgoing}/@ia-letter", admin, json={"format": "doc"})
    assert response.status_code == 400
    assert "odt" in response.json()["error"]["message"]
    response = rest("POST", f"{outgoing}/@ia-letter", admin, json={"format": "pdf"})
    assert response.status_code == 503
    response = rest("POST", f"{outgoing}/@ia-letter", "gestionnaire", data="{oops")
    assert response.status_code == 400
    assert response.json()["error"]["message"]
    response = rest("POST", f"{outgoing}/@ia-letter", "gestionnaire", json={})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["@id"].endswith("/lettre")
    assert data["filename"].endswith(".odt")
    assert data["content_type"] == "application/vnd.oasis.opendocument.text"


def test_send_refused_over_rest(mails):
    _incoming, outgoing = mails
    response = rest("POST", f"{outgoing}/@workflow/send", "chef")
    assert response.status_code == 400, response.text
    assert "Sanscourriel" in response.json()["error"]["message"]
    assert rest("GET", outgoing, "chef").json()["review_state"] == "signed"
