"""The item's page: state and transition buttons in the body; meeting,
number, attendance, vote and decision once decided."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.delib.testing import create_item
from plone import api
from tests.delib.council_world import hold_session
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal):
    world = hold_session(functional_portal)
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    world["waiting"] = create_item(world["body"], "Point en attente", state="validated")
    transaction.commit()
    return world


def page(obj, user="secretaire"):
    response = requests.get(obj.absolute_url(), auth=(user, PASSWORD))
    assert response.status_code == 200, response.text[:300]
    return response.text


def panel(text):
    start = text.index('id="ia-item-panel"')
    return text[start : text.index("</section>", start)]


def test_decided_item_shows_meeting_number_attendance_vote_decision(world):
    text = panel(page(world["items"]["budget"]))
    assert "Séance du 14 décembre" in text
    assert "<strong>2</strong>" in text
    assert "Mme Fanny Leroy, Présidente du conseil communal" in text
    assert "M. Marc Gilson" in text  # excused, not present
    assert "Par 8 voix pour, 4 contre et 1 abstention" in text
    assert "ont voté contre : Igor Lemaire" in text
    assert "le budget 2027 est arrêté" in text
    assert "Accepté" in text or "accepted" in text.lower()


def test_urgent_item_says_so(world):
    text = panel(page(world["items"]["urgent"]))
    assert "L1122-24" in text
    assert "l&#x27;urgence étant acceptée" in text or "l'urgence étant acceptée" in text


def test_transition_buttons_in_the_page(world):
    text = panel(page(world["items"]["budget"]))
    assert 'id="ia-transition-' in text  # e.g. back to frozen for the manager
    waiting = panel(page(world["waiting"], user="secretaire"))
    assert "ia-item-attendance" not in waiting
    assert "_authenticator=" in text
