"""iA.Tech's dashboard lists: to triage, to plan, late, done to close; final
states leave every open list."""

from datetime import date
from datetime import timedelta
from ia.core.workflows.testing import set_state
from ia.core.workflows.testing_facts import open_lists_holding
from plone.app.testing import login


USERS = ("chef", "dispatch", "agent1")


def test_request_to_triage(portal, new_request):
    request = new_request()
    assert "tech_to_triage" in open_lists_holding(request, USERS)
    set_state(request, "refused")
    assert open_lists_holding(request, USERS) == set()


def test_order_through_the_lists(portal, order):
    assert "tech_to_plan" in open_lists_holding(order, USERS)
    order.planned_date = date.today() - timedelta(days=2)
    set_state(order, "planned")
    assert "tech_late" in open_lists_holding(order, USERS)
    order.planned_date = date.today() + timedelta(days=2)
    order.reindexObject()
    assert "tech_late" not in open_lists_holding(order, USERS)
    set_state(order, "done")
    assert "tech_to_close" in open_lists_holding(order, USERS)
    for final in ("closed", "cancelled"):
        set_state(order, final)
        assert open_lists_holding(order, USERS) == set()


def test_dashboard_page_shows_the_list(portal, order, http_request):
    from plone import api

    login(portal, "chef")
    # Its own tab's sub-list (the core's one dashboard for every product).
    http_request.form["list"] = "tech_to_plan"
    html = api.content.get_view("ia-dashboard", portal, http_request)()
    assert "planifier" in html.lower() or "To plan" in html
    assert order.reference in html
