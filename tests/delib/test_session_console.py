"""The live session console @@ia-session in the browser (server-rendered)."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.testing import grant_local
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
    grant_local(world["meeting"], "agent", "IaEncoder")
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    world["url"] = f"{world['meeting'].absolute_url()}/@@ia-session"
    return world


def get(url, user=None):
    auth = (user, PASSWORD) if user else None
    return requests.get(url, auth=auth, timeout=30, allow_redirects=False)


def test_console_shows_the_current_item(world):
    response = get(world["url"], "secretaire")
    assert response.status_code == 200
    html = response.text
    assert 'id="ia-session-agenda-list"' in html
    # the first undecided item is the current one, marked in the agenda
    first = world["items"][0].UID()
    assert f'data-uid="{first}" class="ia-session-row current"' in html
    assert "Anne Bourgmestre" in html
    assert "++resource++ia.delib.session/console.js" in html
    assert "Adopter" in html  # decision buttons, in French
    assert "Raccourcis clavier" in html
    assert ">Figé</span>" in html  # states in French
    assert "Présences de la séance" in html
    assert 'class="ia-presence-select"' in html


def test_console_item_parameter(world):
    world["items"][0].ia_votes = {
        "secret": False,
        "yes": 3,
        "no": 1,
        "abstain": 0,
        "by_voter": {},
    }
    transaction.commit()
    second = world["items"][1].UID()
    html = get(f"{world['url']}?item={second}", "secretaire").text
    assert f'data-uid="{second}" class="ia-session-row current"' in html
    assert "Aucun vote enregistré." in html
    html = get(world["url"], "secretaire").text
    assert "3 / 1 / 0" in html


def test_console_after_decisions_moves_on(world):
    from ia.delib.session.decisions import decide

    decide(world["items"][0], "accept", "<p>Adopté</p>")
    transaction.commit()
    html = get(world["url"], "secretaire").text
    second = world["items"][1].UID()
    assert f'data-uid="{second}" class="ia-session-row current"' in html


@pytest.mark.parametrize("user", ["agent", None])
def test_console_refused(world, user):
    response = get(world["url"], user)
    assert response.status_code in (302, 401, 403)
    assert "ia-session-agenda-list" not in response.text


def test_resources_served(world):
    base = api.portal.get().absolute_url()
    for name in ("console.js", "console.css"):
        response = get(f"{base}/++resource++ia.delib.session/{name}", "secretaire")
        assert response.status_code == 200
    assert "ia-session" in response.text


def test_action_on_the_meeting(world):
    from plone import api as plone_api

    tool = plone_api.portal.get_tool("portal_actions")
    actions = tool.listFilteredActionsFor(world["meeting"])["object"]
    assert "ia_session" in [a["id"] for a in actions]
