"""iA.Docs end to end over REST (plone.restapi on the running test server).

The mail office registers a request for Urbanisme; the manager assigns it
(batch assign); the agent treats it, replies with a generated letter; the
manager signs; the mail office sends it by e-mail (the letter attached);
the sent reply closes the incoming mail; the request's acknowledgement exists.
Then the refusals: each answers with a clear message and changes nothing.
"""

from ia.core.testing import PASSWORD
from ia.core.workflows.testing import rest
from tests.docs.e2e_world import SENT
from tests.docs.e2e_world import flush_queue
from tests.docs.e2e_world import mail_count
from tests.docs.e2e_world import make_world
from tests.docs.e2e_world import no_libreoffice  # noqa: F401
import email
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal, functional_services, no_libreoffice):  # noqa: F811
    return make_world(functional_portal, functional_services)


def ok(response, status=200):
    assert response.status_code == status, response.text[:1000]
    return response.json() if response.text else None


def state(url, userid="chefurba"):
    return ok(rest("GET", url, userid))["review_state"]


def register(world, **fields):
    body = {
        "@type": "IaIncomingMail",
        "title": "Demande de permis d'urbanisme",
        "mail_type": "request",
        "reception_date": "2026-03-02",
        "responsible_services": [world["services"]["urbanisme"]],
        "sender": world["sender"],
    }
    body.update(fields)
    return rest("POST", f"{world['url']}/courrier", "encodeur", json=body)


def transition(url, userid, name):
    return rest("POST", f"{url}/@workflow/{name}", userid)


def assigned(world):
    """A request proposed to urba1 by the manager's batch assign."""
    mail = ok(register(world), 201)
    ok(transition(mail["@id"], "encodeur", "propose_to_manager"))
    result = ok(
        rest(
            "POST",
            f"{world['url']}/courrier/@ia-assignment",
            "chefurba",
            json={"mails": [mail["UID"]], "agent": "urba1"},
        )
    )
    assert (result["succeeded"], result["refused"]) == (1, 0), result
    return mail


@pytest.mark.parametrize("sender", ["chefurba", "encurba"])
def test_the_whole_cycle(world, sender):
    mail = assigned(world)
    url = mail["@id"]
    assert mail["reference"].startswith("E/")
    assert state(url) == "proposed_to_agent"
    listed = ok(rest("GET", f"{world['url']}/@ia-dashboard/mail_to_treat", "urba1"))
    assert [item["UID"] for item in listed["items"]] == [mail["UID"]]

    ok(transition(url, "urba1", "treat"))
    assert state(url) == "in_treatment"

    reply = ok(rest("POST", f"{url}/@ia-reply", "urba1", json={}), 201)
    outgoing = reply["@id"]
    assert reply["replies_to"] == [mail["UID"]]
    ok(
        rest(
            "PATCH",
            outgoing,
            "urba1",
            json={"send_modes": ["email"], "recipients": [world["sender"]]},
        ),
        204,
    )
    letter = ok(rest("POST", f"{outgoing}/@ia-letter", "urba1", json={}), 201)
    assert letter["@id"].endswith("/lettre")
    ok(transition(outgoing, "urba1", "propose_to_sign"))
    assert transition(outgoing, "urba1", "sign").status_code in (400, 401, 403)
    ok(transition(outgoing, "chefurba", "sign"))
    assert not SENT

    ok(transition(outgoing, sender, "send"))
    assert state(outgoing) == "sent"
    assert not SENT  # queued: the worker sends it
    flush_queue(world["portal"])
    (sent,) = SENT
    message = email.message_from_bytes(bytes(sent))
    assert "jean.dupont@example.org" in message["To"]
    assert reply["reference"] in message["Subject"]
    (attached,) = [part for part in message.walk() if part.get_filename()]
    assert attached.get_filename() == letter["filename"]

    assert state(url) == "closed"  # by the sent reply

    ack = ok(rest("POST", f"{url}/@ia-acknowledgement", "chefurba"), 201)
    assert ack["@id"].endswith("/accuse-reception")
    assert ack["title"].startswith("Accusé de réception E/")
    assert mail["reference"] in ack["title"]


def test_acknowledgement_only_for_the_types_that_require_it(functional_portal, world):
    request = ok(register(world), 201)
    letter = ok(register(world, mail_type="letter", title="Simple lettre"), 201)
    transaction.begin()
    area = functional_portal["courrier"]
    assert area[request["id"]].ack_pending is True
    assert not getattr(area[letter["id"]], "ack_pending", False)
    response = rest("POST", f"{request['@id']}/@ia-acknowledgement", "encodeur")
    assert response.status_code == 201, response.text
    assert response.json()["@id"].endswith("/accuse-reception")


def test_propose_to_agent_without_agent(world):
    mail = ok(register(world), 201)
    ok(transition(mail["@id"], "encodeur", "propose_to_manager"))
    response = transition(mail["@id"], "chefurba", "propose_to_agent")
    assert response.status_code == 400
    assert "assigned agent" in response.json()["error"]["message"]
    assert state(mail["@id"]) == "proposed_to_manager"


def test_send_without_recipient_email(world):
    mail = assigned(world)
    ok(transition(mail["@id"], "urba1", "treat"))
    outgoing = ok(rest("POST", f"{mail['@id']}/@ia-reply", "urba1", json={}), 201)
    url = outgoing["@id"]
    body = {"send_modes": ["email"], "recipients": [world["nomail"]]}
    ok(rest("PATCH", url, "urba1", json=body), 204)
    ok(transition(url, "urba1", "propose_to_sign"))
    ok(transition(url, "chefurba", "sign"))
    response = transition(url, "encurba", "send")
    assert response.status_code == 400
    assert "Sanscourriel" in response.json()["error"]["message"]
    assert state(url) == "signed"
    assert not SENT


def test_another_service_cannot_see_or_change(world):
    mail = assigned(world)
    url = mail["@id"]
    assert rest("GET", url, "autre").status_code in (401, 403)
    response = rest("PATCH", url, "autre", json={"title": "Changé"})
    assert response.status_code in (401, 403)
    assert transition(url, "autre", "treat").status_code in (401, 403)
    assert rest("POST", f"{url}/@ia-reply", "autre").status_code in (401, 403)
    assert rest("GET", url, "chefurba").json()["title"] == mail["title"]
    assert state(url) == "proposed_to_agent"


@pytest.mark.parametrize(
    "fields",
    [
        {"mail_type": "nope"},
        {"responsible_services": ["not-a-service-uid"]},
        {"title": ""},
        {"reception_date": "hier"},
        {"new_sender": {"firstname": "Jean"}},
    ],
)
def test_bad_payload_is_400_and_creates_nothing(functional_portal, world, fields):
    before = mail_count(functional_portal)
    response = register(world, **fields)
    assert response.status_code == 400, response.text[:500]
    body = response.json()
    message = body.get("error", body)["message"]  # plone.restapi's add: top level
    assert message and "Traceback" not in message
    assert mail_count(functional_portal) == before


def test_malformed_json_is_400(functional_portal, world):
    before = mail_count(functional_portal)
    response = requests.post(
        f"{world['url']}/courrier",
        auth=("encodeur", PASSWORD),
        data="{oops",
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400
    assert mail_count(functional_portal) == before
