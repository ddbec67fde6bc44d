"""iA.Docs end to end in the browser (zope.testbrowser, Classic UI pages).

A request registered over REST (its add form has its own tests) goes
through the pages: the mail office proposes it from the workflow menu, the
manager assigns it from the dashboard's "Assigner à…" page, the agent
treats it from the workflow menu; an agent of another service cannot open
it, and the assign page without its CSRF token changes nothing.
"""

from ia.core.testing import PASSWORD
from plone.testing.zope import Browser
from tests.docs.e2e_world import make_world
from tests.docs.e2e_world import no_libreoffice  # noqa: F401
from tests.docs.test_e2e_rest import ok
from tests.docs.test_e2e_rest import register
from tests.docs.test_e2e_rest import state
from urllib.parse import urlencode
import pytest
import re


@pytest.fixture
def world(functional, functional_services, no_libreoffice):  # noqa: F811
    world = make_world(functional["portal"], functional_services)
    world["app"] = functional["app"]
    world["mail"] = ok(register(world), 201)
    return world


def browser(world, user):
    result = Browser(world["app"])
    result.raiseHttpErrors = False
    result.addHeader("Accept-Language", "fr")
    result.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
    return result


def click_transition(b, url, transition_id):
    b.open(url)
    b.getLink(id=f"workflow-transition-{transition_id}").click()
    assert b.headers["status"].startswith("200"), b.headers["status"]


def test_cycle_in_the_browser(world):
    url = world["mail"]["@id"]
    uid = world["mail"]["UID"]
    click_transition(browser(world, "encodeur"), url, "propose_to_manager")
    assert state(url) == "proposed_to_manager"

    chef = browser(world, "chefurba")
    chef.open(f"{world['url']}/@@ia-dashboard?list=mail_to_assign")
    assert "Demande de permis d'urbanisme" in chef.contents
    assert "courrier/@@ia-mail-assign" in chef.contents
    token = re.search(r'name="_authenticator" value="([^"]+)"', chef.contents)[1]
    assign = f"{world['url']}/courrier/@@ia-mail-assign"
    fields = {"uids:list": uid, "_authenticator": token}
    chef.post(assign, urlencode({**fields, "form.buttons.batch_action": "1"}))
    assert 'value="urba1"' in chef.contents
    assert 'value="autre"' not in chef.contents  # not of Urbanisme
    chef.post(
        assign, urlencode({**fields, "agent": "urba1", "form.buttons.assign": "1"})
    )
    assert chef.contents.count("table-success") == 1
    assert state(url) == "proposed_to_agent"

    agent = browser(world, "urba1")
    agent.open(f"{world['url']}/@@ia-dashboard?list=mail_to_treat")
    assert "Demande de permis d'urbanisme" in agent.contents
    click_transition(agent, url, "treat")
    assert state(url) == "in_treatment"
    assert "workflow-transition-close" in agent.contents


def test_another_service_is_refused(world):
    other = browser(world, "autre")
    other.open(world["mail"]["@id"])
    assert (
        other.headers["status"][:3] in ("401", "403")
        or "insufficient-privileges" in other.url
        or "require_login" in other.url
    )
    assert "Demande de permis d'urbanisme" not in other.contents


def test_assign_without_token_changes_nothing(world):
    url = world["mail"]["@id"]
    click_transition(browser(world, "encodeur"), url, "propose_to_manager")
    chef = browser(world, "chefurba")
    chef.post(
        f"{world['url']}/courrier/@@ia-mail-assign",
        urlencode(
            {
                "uids:list": world["mail"]["UID"],
                "agent": "urba1",
                "form.buttons.assign": "1",
            }
        ),
    )
    assert chef.headers["status"].startswith("403")
    assert state(url) == "proposed_to_manager"
