"""REST of the session: @ia-session, @ia-session/attendance, @ia-votes, @ia-decision."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.testing import grant_local
from ia.core.workflows.testing import rest
from plone import api
from tests.delib.session_world import make_world
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal):
    world = make_world(functional_portal)
    create_user("secretaire")
    create_user("agent")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    for item in world["items"]:
        grant_local(item, "agent", "IaEncoder")
    transaction.commit()
    world["url"] = world["meeting"].absolute_url()
    return world


def session(world, user="secretaire"):
    return rest("GET", f"{world['url']}/@ia-session", user)


def post(url, json, user="secretaire"):
    return rest("POST", url, user, json=json)


def test_get_session(world):
    response = session(world)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["meeting"]["review_state"] == "frozen"
    assert [a["name"] for a in data["attendees"]][:2] == [
        "Anne Bourgmestre",
        "Bruno Echevin",
    ]
    assert [(i["number"], i["title"]) for i in data["items"]] == [
        (1, "A"),
        (2, "B"),
        (3, "C"),
    ]
    first = data["items"][0]
    assert first["presents"] == world["uids"]
    assert first["votes"] is None
    assert set(first["allowed_decisions"]) >= {"accept", "refuse", "delay"}


@pytest.mark.parametrize("user, status", [("agent", 403), (None, 401)])
def test_others_refused(world, user, status):
    item_url = world["items"][0].absolute_url()
    assert session(world, user).status_code == status
    calls = [
        (
            f"{world['url']}/@ia-session/attendance",
            {"action": "guests", "guests": ["X"]},
        ),
        (f"{item_url}/@ia-votes", {"yes": 1}),
        (f"{item_url}/@ia-decision", {"transition": "accept"}),
    ]
    for url, json in calls:
        assert post(url, json, user).status_code == status, url
    transaction.begin()
    assert api.content.get_state(world["items"][0]) == "frozen"
    assert getattr(world["items"][0], "ia_votes", None) is None


def test_attendance_changes(world):
    uids, item = world["uids"], world["items"][1]
    url = f"{world['url']}/@ia-session/attendance"
    response = post(url, {"action": "presence", "uid": uids[1], "presence": "excused"})
    assert response.status_code == 200, response.text
    assert response.json()["attendees"][1]["presence"] == "excused"
    response = post(url, {"action": "leave", "item": item.UID(), "uid": uids[0]})
    rows = response.json()["items"]
    assert uids[0] in rows[0]["presents"]
    assert uids[0] not in rows[1]["presents"]
    response = post(url, {"action": "guests", "guests": ["M. Expert"]})
    assert response.json()["guests"] == ["M. Expert"]


@pytest.mark.parametrize(
    "json, message",
    [
        ({"action": "presence", "uid": "x", "presence": "absent"}, "not an attendee"),
        ({"action": "dance"}, "Unknown action dance"),
        ({"action": "leave", "item": "nope", "uid": "x"}, "Name an item"),
    ],
)
def test_attendance_bad_input(world, json, message):
    response = post(f"{world['url']}/@ia-session/attendance", json)
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"
    assert message in response.json()["error"]["message"]


def test_attendance_french_message(world):
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    response = requests.post(
        f"{world['url']}/@ia-session/attendance",
        auth=("secretaire", PASSWORD),
        json={"action": "presence", "uid": world["uids"][0], "presence": "zzz"},
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        timeout=30,
    )
    assert response.status_code == 400
    assert "Présence inconnue" in response.json()["error"]["message"]
    response = requests.post(
        f"{world['items'][0].absolute_url()}/@ia-votes",
        auth=("secretaire", PASSWORD),
        json={"no": -2},
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        timeout=30,
    )
    assert "(contre)" in response.json()["error"]["message"]


def test_unknown_path(world):
    response = post(f"{world['url']}/@ia-session/whatever", {})
    assert response.status_code == 404


def test_votes(world):
    item = world["items"][0]
    response = post(f"{item.absolute_url()}/@ia-votes", {"yes": 3, "abstain": 1})
    assert response.status_code == 200, response.text
    assert response.json()["votes"]["yes"] == 3
    assert response.json()["votes"]["total"] == 4
    response = post(f"{item.absolute_url()}/@ia-votes", {"yes": 9})
    assert response.status_code == 400
    assert "9 votes for 4 voters" in response.json()["error"]["message"]
    response = post(
        f"{item.absolute_url()}/@ia-votes",
        {"secret": True, "by_voter": {world["uids"][0]: "yes"}},
    )
    assert response.status_code == 400
    transaction.begin()
    assert item.ia_votes["yes"] == 3


def test_decide(world):
    item = world["items"][0]
    response = post(
        f"{item.absolute_url()}/@ia-decision",
        {"transition": "accept_modified", "decision": "<p>Modifié en séance</p>"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "accepted_modified"
    transaction.begin()
    assert "Modifié en séance" in item.decision.raw


def test_decide_refused_nothing_changed(world):
    item = world["items"][0]
    response = post(
        f"{item.absolute_url()}/@ia-decision",
        {"transition": "revalidate", "decision": "<p>Nouveau</p>"},
    )
    assert response.status_code == 400
    assert "Unknown decision revalidate" in response.json()["error"]["message"]
    transaction.begin()
    assert api.content.get_state(item) == "frozen"
    assert item.decision is None


def test_deprecated_alias_ia_decide(world):
    """``@ia-decide`` (deprecated: remove in 1.1) is ``@ia-decision``."""
    item = world["items"][0]
    response = post(f"{item.absolute_url()}/@ia-decide", {"transition": "accept"})
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "accepted"


def test_urgency_vote(world):
    """An item added in urgency: not treated before the urgency; two thirds
    of the 4 voters (3) declare it; a refused urgency removes the item."""
    first, second = world["items"][0], world["items"][1]
    for item in (first, second):
        item.list_type = "emergency"
    transaction.commit()
    url = first.absolute_url()
    response = post(f"{url}/@ia-decision", {"transition": "accept"})
    assert response.status_code == 400
    assert "vote on the urgency" in response.json()["error"]["message"]
    response = post(f"{url}/@ia-votes", {"urgency": True, "yes": 3, "no": 1})
    assert response.status_code == 200, response.text
    assert response.json()["urgency"] == "accepted"
    assert "accept" in response.json()["allowed_decisions"]
    url = second.absolute_url()
    response = post(f"{url}/@ia-votes", {"urgency": True, "yes": 2, "no": 2})
    assert response.status_code == 200, response.text
    assert (response.json()["urgency"], response.json()["review_state"]) == (
        "refused",
        "removed",
    )
    response = post(f"{url}/@ia-votes", {"urgency": True, "yes": 4})
    assert response.status_code == 400
    assert "undo that decision first" in response.json()["error"]["message"]
