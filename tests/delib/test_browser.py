"""Classic UI smoke tests: add forms, views and the guard summary render."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_user("secretaire")
    create_user("agent")
    body = create_body(
        functional_portal, "Conseil", id="conseil", categories=["fin|Finances"]
    )
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    meeting = create_meeting(body, "Séance du 14 décembre", id="seance")
    item = create_item(body, "Budget 2027", id="budget", state="validated")
    transaction.commit()
    return {"body": body, "meeting": meeting, "item": item}


def get(url, user):
    return requests.get(url, auth=(user, PASSWORD), timeout=30)


def test_item_add_form_lists_body_categories_and_open_meetings(world):
    response = get(f"{world['body'].absolute_url()}/++add++IaDelibItem", "agent")
    assert response.status_code == 200
    assert "Finances" in response.text
    assert "Séance du 14 décembre" in response.text


def test_meeting_add_form_for_meeting_managers_only(world):
    url = f"{world['body'].absolute_url()}/++add++IaDelibMeeting"
    assert get(url, "secretaire").status_code == 200
    # Plone refuses a type the user may not add with an error page, no form.
    response = get(url, "agent")
    assert response.status_code != 200
    assert 'name="form.widgets.IBasic.title"' not in response.text


def test_views_render(world):
    assert get(world["item"].absolute_url(), "secretaire").status_code == 200
    assert get(world["meeting"].absolute_url(), "secretaire").status_code == 200
    assert get(world["body"].absolute_url(), "agent").status_code == 200


def test_guard_summary_uses_body_levels(world):
    world["body"].validation_levels = 2
    transaction.commit()
    response = get(f"{world['item'].absolute_url()}/@@ia-workflow-guards", "secretaire")
    assert response.json()["levels"] == 2


def test_add_form_names_the_tab_holding_an_error(world):
    """Saved without a responsible service (the agent has none to default
    to): the "Services" tab says it must be corrected, and the message
    names it; nothing is created."""
    url = f"{world['body'].absolute_url()}/++add++IaDelibItem"
    response = requests.post(
        url,
        auth=("agent", PASSWORD),
        data={
            "form.widgets.IBasic.title": "Sans service",
            "form.buttons.save": "Enregistrer",
        },
        headers={"Accept-Language": "fr"},
        timeout=30,
    )
    assert response.status_code == 200
    text = response.text
    assert "Services — à corriger" in text or "Services — to correct" in text
    assert "correct them there" in text or "corrigez-les là" in text
    transaction.begin()
    assert "sans-service" not in world["body"].objectIds()
