"""Meeting dates in Europe/Brussels: a meeting created over REST without a
time zone and one created by code (naive) live together on the public
pages; the title comes from the date; the convocation carries the day it
is sent; a closed meeting's console opens for its managers; a college
meeting never offers "Publier"; the 1002 upgrade fixes stored dates."""

from datetime import datetime
from ia.core.docgen import api as docgen
from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.workflows.testing import set_state
from ia.delib.dates import BRUSSELS
from ia.delib.dates import brussels
from ia.delib.documents import convocation
from ia.delib.testing import create_body
from ia.delib.testing import create_meeting
from ia.delib.upgrades.v1002_session import fix_meetings
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.delib.documents_world import text_of
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    council = create_body(portal, "Conseil communal", id="conseil")
    college = create_body(portal, "Collège communal", id="college", body_kind="college")
    naive = create_meeting(
        council, "Séance d'octobre", id="octobre", start=datetime(2026, 10, 12, 20, 0)
    )
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    api.group.add_user(groupname="college_meeting_managers", username="secretaire")
    transaction.commit()
    return {"portal": portal, "council": council, "college": college, "naive": naive}


def owner(method, url, **kwargs):
    return requests.request(
        method,
        url,
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        headers={"Accept": "application/json"},
        **kwargs,
    )


def test_stored_aware_in_brussels(world):
    start = world["naive"].start
    assert start.tzinfo is not None and start.tzinfo.zone == "Europe/Brussels"
    assert (start.hour, start.minute) == (20, 0)


def test_rest_meeting_without_time_zone_nor_title(world):
    response = owner(
        "POST",
        world["council"].absolute_url(),
        json={"@type": "IaDelibMeeting", "start": "2026-12-14T20:00"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["title"] == "Séance du lundi 14 décembre 2026"
    transaction.begin()
    meeting = world["council"][response.json()["id"]]
    assert brussels(meeting.start).hour == 20
    assert meeting.start.utcoffset().total_seconds() == 3600
    # both meetings public: the citizens' page lists them (no 500)
    for obj in (meeting, world["naive"]):
        set_state(obj, "published")
    transaction.commit()
    page = requests.get(f"{world['portal'].absolute_url()}/@@ia-seances-publiques")
    assert page.status_code == 200, page.text[:500]
    assert "Séance du lundi 14 décembre 2026" in page.text
    assert page.text.index("14 décembre 2026") < page.text.index("Séance d'octobre")


def test_rest_date_with_time_zone_kept(world):
    response = owner(
        "POST",
        world["council"].absolute_url(),
        json={"@type": "IaDelibMeeting", "title": "S", "start": "2026-12-14T19:00:00Z"},
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    meeting = world["council"][response.json()["id"]]
    assert brussels(meeting.start).hour == 20


def test_rest_bad_date_is_a_400(world):
    response = owner(
        "POST",
        world["council"].absolute_url(),
        json={"@type": "IaDelibMeeting", "start": "le quatorze"},
    )
    assert response.status_code == 400


def test_convocation_carries_the_day_given(world):
    meeting = world["naive"]
    convocation.send(meeting, "2026-10-02")
    attachment = [o for o in meeting.objectValues() if o.portal_type == "IaAttachment"][
        -1
    ]
    assert "2 octobre 2026" in text_of(attachment.file.data)
    assert meeting.convocation_date.isoformat() == "2026-10-02"


def test_closed_meeting_console_for_its_managers(world):
    set_state(world["naive"], "closed")
    transaction.commit()
    url = f"{world['naive'].absolute_url()}/@@ia-session"
    response = requests.get(url, auth=("secretaire", PASSWORD))
    assert response.status_code == 200
    assert "read only" in response.text or "lecture seule" in response.text
    create_user("curieux")
    transaction.commit()
    refused = requests.get(url, auth=("curieux", PASSWORD), allow_redirects=False)
    assert refused.status_code in (302, 401, 403)
    assert "ia-session-people" not in refused.text


def test_college_never_offers_publish(world):
    meeting = create_meeting(world["college"], "Collège", id="c1", state="frozen")
    council_meeting = create_meeting(
        world["council"], "Conseil", id="c2", state="frozen"
    )
    wf = api.portal.get_tool("portal_workflow")
    assert "publish" not in {t["id"] for t in wf.getTransitionsFor(meeting)}
    assert "publish" in {t["id"] for t in wf.getTransitionsFor(council_meeting)}
    assert "decide" in {t["id"] for t in wf.getTransitionsFor(meeting)}


def test_upgrade_fixes_naive_dates(world):
    meeting = world["naive"]
    meeting.start = datetime(2026, 10, 12, 20, 0)
    meeting.end = datetime(2026, 10, 12, 22, 0).replace(tzinfo=None)
    fix_meetings()
    assert meeting.start == BRUSSELS.localize(datetime(2026, 10, 12, 20, 0))
    assert meeting.end.tzinfo.zone == "Europe/Brussels"


def test_generated_minutes_hour_in_brussels(world):
    meeting = world["naive"]
    data, _n, _m = docgen.generate(meeting, "ia-delib-convocation", "odt")
    assert "20h00" in text_of(data)
