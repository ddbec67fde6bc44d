"""``<meeting>/@ia-convocation`` over REST: the status for the meeting
manager, sending (201 with the stored document), and the refusals."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from plone import api
from tests.delib.documents_world import make_world
import pytest
import transaction


@pytest.fixture
def world(functional_portal):
    soon = datetime.combine(date.today() + timedelta(days=5), datetime.min.time())
    data = make_world(functional_portal, start=soon.replace(hour=20))
    for userid in ("secretaire", "passant"):
        create_user(userid)
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    api.content.transition(obj=data["meeting"], transition="freeze")
    # A French site, as the municipalities' (messages in French).
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    data["url"] = data["meeting"].absolute_url() + "/@ia-convocation"
    data["deadline"] = (soon.date() - timedelta(days=8)).isoformat()
    return data


def test_get_status_not_sent_and_overdue(world):
    response = rest("GET", world["url"], "secretaire")
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["convocation_date"] is None
    assert data["deadline"] == world["deadline"]
    assert data["late"] is True and data["sent"] is False
    assert data["delay"] == 7
    assert "seule l'urgence le permet" in data["message"], data["message"]


def test_post_sends_late_with_warning(world):
    response = rest("POST", world["url"], "secretaire", json={})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["convocation_date"] == date.today().isoformat()
    assert data["late"] is True
    assert data["document"]["title"].startswith("Convocation")
    transaction.begin()
    meeting = world["meeting"]
    assert meeting.convocation_date == date.today()
    assert [o.portal_type for o in meeting.objectValues()] == ["IaAttachment"]


def test_post_on_time_day(world):
    day = (date.today() - timedelta(days=4)).isoformat()
    response = rest("POST", world["url"], "secretaire", json={"date": day})
    assert response.status_code == 201, response.text
    assert response.json()["late"] is False


@pytest.mark.parametrize(
    "body, message",
    [
        ({"date": "32/12/2026"}, "« 32/12/2026 » n'est pas une date"),
        ({"date": (date.today() + timedelta(days=1)).isoformat()}, "dans le futur"),
        ({"format": "xlsx"}, "xlsx"),
        ({"format": 3}, "Le format doit être"),
        ([1, 2], "JSON"),
    ],
)
def test_post_bad_input(world, body, message):
    response = rest("POST", world["url"], "secretaire", json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert message in error["message"]
    transaction.begin()
    assert world["meeting"].convocation_date is None
    assert list(world["meeting"].objectValues()) == []


def test_post_refused_to_member(world):
    assert rest("GET", world["url"], "passant").status_code == 200
    response = rest("POST", world["url"], "passant", json={})
    assert response.status_code == 403, response.text
    assert "error" in response.json()
    transaction.begin()
    assert world["meeting"].convocation_date is None


def test_anonymous_sees_nothing(world):
    assert rest("GET", world["url"]).status_code in (401, 403)
