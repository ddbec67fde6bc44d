"""Mail → iA.Delib item over REST (``@ia-handovers``) and in a browser (the
mail's *Transmettre* page, the *Liens* block of both pages): SUITE
functional layer."""

from ia.core.handovers import api as handovers
from ia.core.testing import PASSWORD
from ia.core.workflows.testing import rest
from plone import api
from plone.testing.zope import Browser
from tests.docs.delib_link_world import FUNCTIONAL_FIXTURES
from tests.docs.delib_link_world import make_world
import pytest
import transaction


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite


globals().update(FUNCTIONAL_FIXTURES)


ITEM = "ia.delib.item_from_document"


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def world(portal):
    world = make_world(portal)
    transaction.commit()
    return world


def offers(url, userid) -> dict:
    answer = rest("GET", f"{url}/@ia-handovers", userid)
    assert answer.status_code == 200, answer.text
    return {item["id"]: item for item in answer.json()["items"]}


def test_rest_as_the_agent(portal, world):
    url = world["mail"].absolute_url()
    offer = offers(url, "agent1")[ITEM]
    assert [c["title"] for c in offer["choices"]["body"]] == [
        "Collège communal",
        "Conseil communal",
    ]
    assert ITEM not in offers(url, "lecteur")
    refused = rest("POST", f"{url}/@ia-handovers", "lecteur", json={"handover": ITEM})
    assert refused.status_code == 403, refused.text
    bad = rest(
        "POST", f"{url}/@ia-handovers", "agent1", json={"handover": ITEM, "body": 3}
    )
    assert bad.status_code == 400, bad.text
    body = world["conseil"].UID()
    made = rest(
        "POST", f"{url}/@ia-handovers", "agent1", json={"handover": ITEM, "body": body}
    )
    assert made.status_code == 201, made.text
    assert ITEM not in offers(url, "agent1")  # once
    again = rest("POST", f"{url}/@ia-handovers", "agent1", json={"handover": ITEM})
    assert again.status_code == 400, again.text
    linked = rest("GET", f"{made.json()['@id']}/@ia-links", "agent1")
    assert url in linked.text
    transaction.begin()
    [item] = handovers.done(source=world["mail"], handover=ITEM)
    assert item.aq_parent == world["conseil"]
    assert len(api.content.find(portal_type="IaDelibItem", unrestricted=True)) == 1


def test_the_pages_show_the_link(functional, portal, world):
    mail = world["mail"]
    with api.env.adopt_user(username="agent1"):
        item = handovers.hand_over(source=mail, handover=ITEM)
    transaction.commit()
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic agent1:{PASSWORD}")
    browser.open(mail.absolute_url())
    assert item.absolute_url() in browser.contents
    browser.open(item.absolute_url())
    assert mail.absolute_url() in browser.contents
