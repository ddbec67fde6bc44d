"""Mail → iA.Delib in a browser and over REST (SUITE functional layer)."""

from ia.core.testing import PASSWORD
from ia.core.workflows.testing import rest
from ia.docs.delib_link import api as delib_link
from plone import api
from plone.testing.zope import Browser
from tests.docs.delib_link_world import FUNCTIONAL_FIXTURES
from tests.docs.delib_link_world import make_world
import pytest
import transaction


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite


globals().update(FUNCTIONAL_FIXTURES)


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def world(portal):
    world = make_world(portal)
    transaction.commit()
    return world


def browser_as(app, userid):
    browser = Browser(app)
    browser.handleErrors = False
    browser.raiseHttpErrors = False
    browser.addHeader("Authorization", f"Basic {userid}:{PASSWORD}")
    return browser


def test_form_creates_the_item(functional, portal, world):
    mail = world["mail"]
    browser = browser_as(functional["app"], "agent1")
    browser.open(mail.absolute_url())
    assert "@@ia-send-to-delib" in browser.contents
    browser.open(f"{mail.absolute_url()}/@@ia-send-to-delib")
    assert "Create a deliberation item" in browser.contents
    browser.getControl(name="body").value = [world["conseil"].UID()]
    browser.getForm(action=f"{mail.absolute_url()}/@@ia-send-to-delib").submit(
        name="form.send"
    )
    transaction.begin()
    item = delib_link.item_of(mail)
    assert item is not None and item.aq_parent.getId() == "conseil"
    assert browser.url == item.absolute_url()
    assert mail.absolute_url() in browser.contents


def test_form_refusal_is_shown(functional, portal, world):
    browser = browser_as(functional["app"], "lecteur")
    browser.open(f"{world['mail'].absolute_url()}/@@ia-send-to-delib")
    assert "who treats this mail" in browser.contents
    assert "form.send" not in browser.contents


def test_rest_send_then_refused(portal, world):
    url = world["mail"].absolute_url()
    answer = rest("GET", f"{url}/@ia-delib-link", "agent1")
    assert answer.json()["can_send"] is True
    assert [b["title"] for b in answer.json()["bodies"]][0] == "Collège communal"
    answer = rest("POST", f"{url}/@ia-send-to-delib", "agent1", json={})
    assert answer.status_code == 201, answer.text
    assert answer.json()["review_state"] == "created"
    assert answer.json()["body"] == world["college"].UID()
    again = rest("POST", f"{url}/@ia-send-to-delib", "agent1", json={})
    assert again.status_code == 400
    assert answer.json()["title"] in again.json()["error"]["message"]
    link = rest("GET", f"{url}/@ia-delib-link", "agent1").json()
    assert link["item"]["UID"] == answer.json()["UID"]
    assert link["can_send"] is False


def test_rest_bad_body_and_right(portal, world):
    url = world["mail"].absolute_url()
    bad = rest("POST", f"{url}/@ia-send-to-delib", "agent1", json={"body": 3})
    assert bad.status_code == 400
    refused = rest("POST", f"{url}/@ia-send-to-delib", "lecteur", json={})
    assert refused.status_code == 400
    assert "who treats this mail" in refused.json()["error"]["message"]
    transaction.begin()
    assert not api.content.find(portal_type="IaDelibItem", unrestricted=True)
