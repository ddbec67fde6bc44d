"""@ia-handovers: GET the offers, POST one."""

from ia.core.handovers import api as handovers
from ia.core.links import api as links
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.core.handovers_testing import registered_handovers  # noqa: F401
import pytest
import transaction


pytestmark = pytest.mark.usefixtures("registered_handovers")


@pytest.fixture()
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_user("redacteur")
    create_user("lecteur")
    mail = create_document(functional_portal, title="Courrier")
    grant_local(mail, "redacteur", "IaEditor")
    grant_local(mail, "lecteur", "IaReader")
    transaction.commit()
    return mail


def session(request_factory, userid):
    return request_factory(basic_auth=(userid, PASSWORD))


def test_get(world, request_factory):
    data = session(request_factory, "redacteur").get("/courrier/@ia-handovers").json()
    assert data["@id"].endswith("/courrier/@ia-handovers")
    assert [item["id"] for item in data["items"]] == [
        "test.failing",
        "test.follow_up",
        "test.reply",
    ]
    follow_up = data["items"][1]
    assert follow_up["title"] == "Make a follow-up"
    assert follow_up["choices"] == {
        "priority": [
            {"token": "high", "title": "Haute"},
            {"token": "low", "title": "Basse"},
        ]
    }
    data = session(request_factory, "lecteur").get("/courrier/@ia-handovers").json()
    assert data["items"] == []
    assert request_factory().get("/courrier/@ia-handovers").status_code == 401


def test_post(world, request_factory):
    response = session(request_factory, "redacteur").post(
        "/courrier/@ia-handovers",
        json={"handover": "test.follow_up", "priority": "high"},
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["title"] == "Suite de Courrier"
    transaction.begin()
    [target] = handovers.done(source=world, handover="test.follow_up")
    assert data == {
        "@id": target.absolute_url(),
        "UID": api.content.get_uuid(target),
        "title": "Suite de Courrier",
    }
    assert links.targets(source=world, kind="ia.gave_rise_to") == [target]


@pytest.mark.parametrize(
    "user, body, status",
    [
        ("redacteur", {}, 400),
        ("redacteur", {"handover": "test.nothing"}, 404),
        ("redacteur", {"handover": "test.not_installed"}, 404),
        ("redacteur", {"handover": "test.not_applicable"}, 400),
        ("redacteur", {"handover": "test.follow_up", "priority": "urgent"}, 400),
        ("redacteur", {"handover": "test.failing"}, 400),
        ("redacteur", {"handover": "test.not_applicable", "source": "x"}, 400),
        ("lecteur", {"handover": "test.follow_up"}, 403),
    ],
)
def test_post_refusals(world, request_factory, user, body, status):
    response = session(request_factory, user).post("/courrier/@ia-handovers", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["message"]
    transaction.begin()
    assert links.links(obj=world, unrestricted=True) == []
    assert not api.content.find(Title="Orphelin")
