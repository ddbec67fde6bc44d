"""The iA.Tech demo (``ia.tech.demo``): teams, agents, assets, requests and
orders in every state, citizen reports with photos; idempotent."""

from ia.core.products import known_products
from ia.tech import demo
from ia.tech.content import ORDER
from ia.tech.content import REQUEST
from ia.tech.requests import teams
from plone import api
from tests.tech.conftest import build_world
import pytest


@pytest.fixture
def populated(portal):
    build_world(portal)
    made = demo.populate(portal, None, requests=80, assets=12)
    return made


def states(portal_type):
    catalog = api.portal.get_tool("portal_catalog")
    return {
        b.review_state
        for b in catalog.unrestrictedSearchResults(portal_type=portal_type)
    }


def test_declared_in_the_product_registry():
    product = known_products()["ia.tech"]
    assert product.demo_module() is demo
    assert demo.OPTIONS == {"requests": (int, 200), "assets": (int, 50)}


def test_every_state_and_four_teams(portal, populated):
    assert populated == 80
    assert len(teams()) == 4
    assert states(REQUEST) == {"submitted", "accepted", "refused", "duplicate"}
    assert states(ORDER) == {
        "to_plan",
        "planned",
        "in_progress",
        "done",
        "closed",
        "cancelled",
    }
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(portal_type="IaTechAsset")) == 12
    citizen = [
        b.getObject()
        for b in catalog.unrestrictedSearchResults(portal_type=REQUEST)
        if b.getObject().origin == "open311"
    ]
    assert citizen
    assert any(obj.objectIds() for obj in citizen)  # photos
    costed = catalog.unrestrictedSearchResults(portal_type=ORDER, review_state="closed")
    assert all(b.ia_tech_total_cost > 0 for b in costed)


def test_idempotent(portal, populated):
    assert demo.populate(portal, None, requests=80, assets=12) == 0
    assert demo.populate(portal, None, requests=82, assets=12) == 2
