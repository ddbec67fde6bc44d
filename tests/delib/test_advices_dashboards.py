"""Dashboard lists "Avis à donner" and "Avis en retard", and the item's viewlet."""

from datetime import date
from datetime import timedelta
from ia.core.dashboard.registry import get_list
from ia.delib.advices.browser.viewlet import AdvicesViewlet
from ia.delib.advices.listing import advice_rows
from plone import api
from tests.delib.advices_world import do
from tests.delib.advices_world import make_world
from tests.delib.advices_world import new_item
import pytest


@pytest.fixture
def world(portal, body):
    world = make_world(portal, body)
    item = new_item(world)
    api.content.transition(obj=item, transition="propose")
    world.item = item
    world.advice = item["avis-finance"]
    return world


def titles(list_id, userid):
    dlist = get_list(list_id)
    query = dlist.query(userid)
    if query is None:
        return None
    with api.env.adopt_user(username=userid):
        catalog = api.portal.get_tool("portal_catalog")
        return [brain.getPath().split("/")[-1] for brain in catalog(**query)]


def make_overdue(advice):
    advice.due_date = date.today() - timedelta(days=1)
    advice.reindexObject()


def test_to_give(world):
    assert titles("delib_advices_to_give", "dirfin") == ["avis-finance"]
    assert titles("delib_advices_to_give", "autre") == []
    assert titles("delib_advices_to_give", "secretaire") is None
    world.advice.advice_value = "positive"
    do(world.advice, "give", "dirfin")
    assert titles("delib_advices_to_give", "dirfin") == []


def test_overdue_for_meeting_managers(world):
    assert titles("delib_advices_overdue", "secretaire") == []
    make_overdue(world.advice)
    assert titles("delib_advices_overdue", "secretaire") == ["avis-finance"]
    # Not a meeting manager: the list does not apply.
    assert titles("delib_advices_overdue", "autre") is None
    assert titles("delib_advices_overdue", "dirfin") is None


def test_overdue_not_for_other_bodies(world, portal):
    from ia.delib.testing import create_body

    create_body(portal, "Collège", id="college", body_kind="college")
    api.group.add_user(groupname="college_meeting_managers", username="autre")
    make_overdue(world.advice)
    assert titles("delib_advices_overdue", "autre") == []


def test_given_advice_not_overdue(world):
    make_overdue(world.advice)
    world.advice.advice_value = "negative"
    do(world.advice, "give", "dirfin")
    assert titles("delib_advices_overdue", "secretaire") == []


def test_rows_and_viewlet(world):
    make_overdue(world.advice)
    with api.env.adopt_user(username="redacteur"):
        (row,) = advice_rows(world.item, world.portal.REQUEST)
        viewlet = AdvicesViewlet(world.item, world.portal.REQUEST, None)
        viewlet.update()
        html = viewlet.render()
    assert row["advice_type"] == "finance"
    assert row["service"] == {"uid": world.finances, "title": "Finances"}
    assert row["review_state"] == "under_edit"
    assert row["overdue"] is True
    assert row["due_date"] == (date.today() - timedelta(days=1)).isoformat()
    assert "Avis du directeur financier" in html
    assert "ia-overdue-badge" in html
    assert "Finances" in html


def test_viewlet_hides_advices_the_user_may_not_see(world):
    with api.env.adopt_user(username="juriste"):
        assert advice_rows(world.item, world.portal.REQUEST) == []
