"""The convocation in the browser: the meeting page warns the meeting
manager, the send page records the day and stores the document; the
generation links of the four templates."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from plone import api
from tests.delib.documents_world import make_world
import pytest
import re
import requests
import transaction


@pytest.fixture
def world(functional_portal):
    soon = datetime.combine(date.today() + timedelta(days=3), datetime.min.time())
    data = make_world(functional_portal, start=soon.replace(hour=20))
    for userid in ("secretaire", "agent"):
        create_user(userid)
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    api.content.transition(obj=data["meeting"], transition="freeze")
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    return data


def session_for(user):
    session = requests.Session()
    session.auth = (user, PASSWORD)
    session.headers["Accept-Language"] = "fr"
    return session


def test_manager_warned_and_sends(world):
    meeting = world["meeting"]
    session = session_for("secretaire")
    page = session.get(meeting.absolute_url(), timeout=30).text
    assert 'id="ia-delib-convocation"' in page
    assert 'data-late="true"' in page
    assert "seule l'urgence le permet" in page
    for template in ("ia-delib-convocation", "ia-delib-ordre-du-jour-public"):
        assert f"template={template}" in page
    send_url = meeting.absolute_url() + "/@@ia-send-convocation"
    assert send_url in page
    form = session.get(send_url, timeout=30).text
    assert "Envoyée aujourd'hui, la convocation est tardive" in form
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', form)
    token = token or re.search(r'value="([^"]+)"[^>]*name="_authenticator"', form)
    response = session.post(
        send_url,
        data={"form.submitted": "1", "date": "", "_authenticator": token.group(1)},
        timeout=60,
    )
    assert response.url == meeting.absolute_url()
    assert "La convocation a été générée et enregistrée" in response.text
    transaction.begin()
    assert meeting.convocation_date == date.today()
    assert [o.portal_type for o in meeting.objectValues()] == ["IaAttachment"]


def test_post_without_token_refused(world):
    meeting = world["meeting"]
    response = session_for("secretaire").post(
        meeting.absolute_url() + "/@@ia-send-convocation",
        data={"form.submitted": "1"},
        timeout=30,
    )
    assert response.status_code == 403
    transaction.begin()
    assert meeting.convocation_date is None


def test_agent_sees_no_convocation_box(world):
    session = session_for("agent")
    page = session.get(world["meeting"].absolute_url(), timeout=30)
    assert page.status_code == 200
    assert 'id="ia-delib-convocation"' not in page.text
    response = session.get(
        world["meeting"].absolute_url() + "/@@ia-send-convocation", timeout=30
    )
    assert "Générer et enregistrer la convocation" not in response.text
