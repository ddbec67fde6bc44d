"""The work order's pages: ``@@tech-plan`` (plan, move to another day or
team) and ``@@tech-work`` (hours per agent, materials, total cost); their
buttons in the actions panel; CSRF; refusals re-show the form with the
French reason and write nothing."""

from datetime import date
from ia.core.workflows.testing import set_state
from plone import api
from plone.app.testing import login
from plone.protect.authenticator import createToken
from zExceptions import Forbidden
import pytest
import transaction


MONDAY = date(2026, 12, 7)


def french(portal):
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    request = portal.REQUEST
    request.other.pop("LANGUAGE_TOOL", None)
    request["LANGUAGE"] = "fr"
    request.environ["HTTP_ACCEPT_LANGUAGE"] = "fr-BE,fr"


def call(portal, order, name, form=None, token=True):
    request = portal.REQUEST
    request.form.clear()
    request.response.setStatus(200)
    if form is not None:
        request.method = "POST"
        request.form.update(form)
        if token:
            request.form["_authenticator"] = createToken()
    else:
        request.method = "GET"
    view = api.content.get_view(name, order, request)
    return view, view()


def buttons(portal, order):
    context_state = api.content.get_view("plone_context_state", order, portal.REQUEST)
    return {a["id"] for a in context_state.actions("object_buttons")}


def plan_form(world, **values):
    form = {
        "form.submitted": "1",
        "team": world["voirie"],
        "day": MONDAY.isoformat(),
        "hours": "3,5".replace(",", "."),
        "agent": "agent1",
    }
    form.update(values)
    return form


def test_plan_page_plans_then_moves(portal, order, world):
    login(portal, "chef")
    assert "tech_plan" in buttons(portal, order)
    view, html = call(portal, order, "tech-plan")
    assert 'name="team"' in html and "Voirie" in html
    call(portal, order, "tech-plan", plan_form(world))
    assert api.content.get_state(order) == "planned"
    assert (order.team, order.planned_date, order.expected_hours) == (
        world["voirie"],
        MONDAY,
        3.5,
    )
    assert order.assigned_agent == "agent1"
    assert portal.REQUEST.response.getStatus() == 302
    # moved to another day and team
    call(
        portal,
        order,
        "tech-plan",
        plan_form(world, team=world["verts"], day="2026-12-09", agent="agent3"),
    )
    assert (order.team, order.planned_date) == (world["verts"], date(2026, 12, 9))
    assert order.responsible_services[0] == world["verts"]


@pytest.mark.parametrize(
    "values",
    [
        {"team": ""},
        {"team": "nope"},
        {"day": "12/07/2026"},
        {"day": ""},
        {"hours": "-2"},
        {"hours": "abc"},
        {"agent": "agent3"},  # not of Voirie
    ],
)
def test_plan_page_refusals_write_nothing(portal, order, world, values):
    french(portal)
    login(portal, "chef")
    view, html = call(portal, order, "tech-plan", plan_form(world, **values))
    assert portal.REQUEST.response.getStatus() == 400
    assert view.error and 'id="tech-plan-error"' in html
    assert transaction.get().isDoomed()
    assert api.content.get_state(order) == "to_plan"
    assert order.planned_date is None
    assert order.expected_hours is None


def test_plan_page_french_error(portal, order, world):
    french(portal)
    login(portal, "chef")
    view, _html = call(portal, order, "tech-plan", plan_form(world, team="nope"))
    assert view.error == "Équipe inconnue."
    view, html = call(portal, order, "tech-plan")
    assert "Planifier le bon de travail" in html


def test_plan_page_needs_the_token(portal, order, world):
    login(portal, "chef")
    with pytest.raises(Forbidden):
        call(portal, order, "tech-plan", plan_form(world), token=False)
    assert api.content.get_state(order) == "to_plan"


def test_agent_may_not_plan(portal, order, world):
    login(portal, "agent1")
    assert "tech_plan" not in buttons(portal, order)
    view, _html = call(portal, order, "tech-plan", plan_form(world))
    assert portal.REQUEST.response.getStatus() == 403
    assert api.content.get_state(order) == "to_plan"


def test_no_plan_button_once_started(portal, order, world):
    login(portal, "chef")
    set_state(order, "in_progress")
    assert "tech_plan" not in buttons(portal, order)
    view, _html = call(portal, order, "tech-plan")
    assert view.error


def test_work_page_records_hours_and_materials(portal, order, world):
    login(portal, "chef")
    call(portal, order, "tech-plan", plan_form(world))
    login(portal, "agent1")
    assert "tech_work" in buttons(portal, order)
    api.content.transition(obj=order, transition="start")
    call(
        portal,
        order,
        "tech-work",
        {
            "form.submitted": "hours",
            "agent": "agent1",
            "day": "2026-12-07",
            "hours": "3,5",
        },
    )
    call(
        portal,
        order,
        "tech-work",
        {"form.submitted": "material", "material": "asphalt", "quantity": "2"},
    )
    assert order.total_hours == 3.5
    # 3.5 h × 35 € + 2 × 18.50 €
    assert order.total_cost == pytest.approx(3.5 * 35 + 37)
    view, html = call(portal, order, "tech-work")
    assert "159,50 €" in html  # total, in French
    assert "Enrobé à froid" in html and "07/12/2026" in html
    assert 'id="tech-form-hours"' in html


@pytest.mark.parametrize(
    "form",
    [
        {"form.submitted": "hours", "agent": "agent1", "day": "", "hours": "2"},
        {
            "form.submitted": "hours",
            "agent": "agent1",
            "day": "2026-12-07",
            "hours": "25",
        },
        {
            "form.submitted": "hours",
            "agent": "nobody",
            "day": "2026-12-07",
            "hours": "2",
        },
        {"form.submitted": "material", "material": "gold", "quantity": "1"},
        {"form.submitted": "material", "material": "asphalt", "quantity": "-1"},
        {"form.submitted": "other"},
    ],
)
def test_work_page_refusals_write_nothing(portal, order, world, form):
    french(portal)
    login(portal, "chef")
    view, html = call(portal, order, "tech-work", form)
    assert portal.REQUEST.response.getStatus() == 400
    assert view.error and 'id="tech-work-error"' in html
    assert transaction.get().isDoomed()
    assert not getattr(order, "hours", None) and not getattr(order, "materials", None)


def test_work_page_read_only_when_closed(portal, order, world):
    login(portal, "chef")
    set_state(order, "closed")
    view, html = call(portal, order, "tech-work")
    assert 'id="tech-form-hours"' not in html
    assert "tech_work" in buttons(portal, order)
    form = {"form.submitted": "material", "material": "asphalt", "quantity": "1"}
    view, html = call(portal, order, "tech-work", form)
    assert portal.REQUEST.response.getStatus() == 403
    assert not getattr(order, "materials", None)


def test_work_page_needs_the_token(portal, order, world):
    login(portal, "chef")
    form = {"form.submitted": "material", "material": "asphalt", "quantity": "1"}
    with pytest.raises(Forbidden):
        call(portal, order, "tech-work", form, token=False)
