"""Transitions that need data go through their form (issue 15).

The state menu's *Planifier*, *Refuser* and *Marquer comme doublon* open
``@@tech-plan``, ``@@tech-refuse`` and ``@@tech-duplicate`` (the
transitions' action URLs); fired without their data on any other path
(``content_status_modify``, ``@workflow``, a batch), they are refused with
a French message and nothing is written (``ia.tech.transition_checks``).
"""

from datetime import date
from ia.core.testing import PASSWORD
from ia.tech import planning
from ia.tech import triage
from ia.tech.errors import TechError
from ia.tech.requests import file_request
from plone import api
from plone.app.testing import login
from plone.protect.authenticator import createToken
from tests.tech.conftest import french_world
from tests.tech.test_pages import french
import pytest
import requests
import transaction


def menu_urls(portal, obj):
    """Plone's state menu (plone.app.contentmenu) on ``obj``: {transition: URL}."""
    from zope.browsermenu.interfaces import IBrowserMenu
    from zope.component import getUtility

    menu = getUtility(IBrowserMenu, name="plone_contentmenu_workflow")
    prefix = "workflow-transition-"
    return {
        item["extra"]["id"][len(prefix) :]: item["action"].split("?")[0]
        for item in menu.getMenuItems(obj, portal.REQUEST)
        if item["extra"].get("id", "").startswith(prefix)
    }


def test_state_menu_opens_the_forms(portal, order, new_request):
    login(portal, "chef")
    assert menu_urls(portal, order)["plan"] == order.absolute_url() + "/@@tech-plan"
    urls = menu_urls(portal, new_request())
    assert urls["refuse"].endswith("/@@tech-refuse")
    assert urls["mark_duplicate"].endswith("/@@tech-duplicate")
    assert "content_status_modify" in urls["accept"]  # needs nothing more


def panel_urls(portal, obj):
    """The suite's actions panel (ia.core.views.actions): {transition: URL}."""
    from ia.core.views.actions import ActionsPanel

    panel = ActionsPanel(obj, portal.REQUEST, None, None)
    panel.update()
    return {item["id"]: item["url"] for item in panel.transitions()}


def test_actions_panel_opens_the_forms(portal, order, new_request):
    login(portal, "chef")
    assert panel_urls(portal, order)["plan"] == order.absolute_url() + "/@@tech-plan"
    assert "content_status_modify" in panel_urls(portal, order)["cancel"]
    urls = panel_urls(portal, new_request())
    assert urls["refuse"].endswith("/@@tech-refuse")
    assert urls["mark_duplicate"].endswith("/@@tech-duplicate")
    assert "_authenticator=" in urls["accept"]


def test_plain_plan_refused_in_french(portal, order):
    french(portal)
    login(portal, "chef")
    with pytest.raises(TechError) as refused:
        api.content.transition(obj=order, transition="plan")
    assert str(refused.value).startswith("Planifiez le bon de travail")
    assert api.content.get_state(order) == "to_plan"
    assert order.planned_date is None
    wf_history = order.workflow_history["ia_tech_order_workflow"]
    assert [entry["review_state"] for entry in wf_history] == ["to_plan"]


def test_plan_with_team_and_date(portal, order, world):
    login(portal, "chef")
    order.team = None  # a date alone is not enough
    order.planned_date = date(2026, 12, 9)
    with pytest.raises(TechError):
        api.content.transition(obj=order, transition="plan")
    planning.plan(order, team=world["voirie"], day=date(2026, 12, 9))
    assert api.content.get_state(order) == "planned"


def test_refuse_needs_a_comment(portal, new_request):
    request = new_request()
    login(portal, "dispatch")
    with pytest.raises(TechError):
        api.content.transition(obj=request, transition="refuse", comment="   ")
    assert api.content.get_state(request) == "submitted"
    api.content.transition(obj=request, transition="refuse", comment="Hors voirie")
    assert api.content.get_state(request) == "refused"
    assert request.refusal_reason == "Hors voirie"


def test_duplicate_needs_the_original(portal, new_request):
    original, copy = new_request(title="Trou"), new_request(title="Trou bis")
    login(portal, "dispatch")
    with pytest.raises(TechError):
        api.content.transition(obj=copy, transition="mark_duplicate")
    assert api.content.get_state(copy) == "submitted"
    assert triage.original_of(copy) is None
    triage.mark_duplicate(copy, original=original)
    assert api.content.get_state(copy) == "duplicate"
    assert triage.original_of(copy) == original


def duplicate_page(portal, request, form=None):
    http = portal.REQUEST
    http.form.clear()
    http.response.setStatus(200)
    http.method = "POST" if form is not None else "GET"
    if form is not None:
        http.form.update(form, _authenticator=createToken())
        http.form["form.submitted"] = "1"
    view = api.content.get_view("tech-duplicate", request, http)
    return view, view()


def test_duplicate_page(portal, new_request):
    point = {"latitude": 50.4669, "longitude": 4.8675}
    original = new_request(title="Nid de poule", **point)
    copy = new_request(title="Nid de poule encore", **point)
    french(portal)
    login(portal, "dispatch")
    view, html = duplicate_page(portal, copy)
    (choice,) = view.choices()
    assert (choice["uid"], choice["metres"]) == (original.UID(), 0)
    assert "Nid de poule" in html and "à 0 m" in html
    duplicate_page(portal, copy, {"original": original.UID()})
    assert portal.REQUEST.response.getStatus() == 302
    assert api.content.get_state(copy) == "duplicate"
    assert triage.original_of(copy) == original


@pytest.mark.parametrize("form", [{}, {"original": "nope"}])
def test_duplicate_page_refusal_writes_nothing(portal, new_request, form):
    new_request(title="Nid de poule")
    copy = new_request(title="Nid de poule encore")
    french(portal)
    login(portal, "dispatch")
    view, html = duplicate_page(portal, copy, form)
    assert portal.REQUEST.response.getStatus() == 400
    assert "Choisissez la demande d'origine" in html
    assert transaction.get().isDoomed()
    assert api.content.get_state(copy) == "submitted"
    assert triage.original_of(copy) is None


def test_duplicate_page_not_for_a_service_user(portal, new_request):
    request = new_request()
    login(portal, "culture")
    view, _html = duplicate_page(portal, request)
    assert view.error and not view.available()


def test_rest_workflow_refuses_plain_plan_and_refuse(functional_portal):
    world = french_world(functional_portal)
    request = file_request(system=True, title="Nid de poule", request_type="roads")
    order = triage.accept(
        request_other := file_request(
            system=True, title="Avaloir", request_type="roads"
        ),
        team=world["voirie"],
    )
    transaction.commit()
    headers = {"Accept": "application/json", "Accept-Language": "fr"}
    auth = ("chef", PASSWORD)

    def workflow(obj, transition, **body):
        url = f"{obj.absolute_url()}/@workflow/{transition}"
        return requests.post(url, json=body, headers=headers, auth=auth, timeout=30)

    response = workflow(order, "plan")
    assert response.status_code == 400, response.text
    assert "Planifiez le bon de travail" in response.text
    response = workflow(request, "refuse")
    assert response.status_code == 400
    assert "motif" in response.text
    response = workflow(request, "mark_duplicate")
    assert response.status_code == 400
    transaction.begin()
    assert api.content.get_state(order) == "to_plan"
    assert api.content.get_state(request) == "submitted"
    response = workflow(request, "refuse", comment="Voirie régionale")
    assert response.status_code == 200, response.text
    transaction.begin()
    assert api.content.get_state(request) == "refused"
    assert request.refusal_reason == "Voirie régionale"
    assert api.content.get_state(request_other) == "accepted"
