"""Work orders: planning (plan, move, week), hours and materials, costs,
the monthly report, the work sheet; refusals leave nothing half-written."""

from datetime import date
from ia.core.workflows.testing import set_state
from ia.tech import costs
from ia.tech import planning
from ia.tech import report
from ia.tech import triage
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from plone import api
from plone.app.testing import login
import pytest


MONDAY = date(2026, 12, 7)


def test_plan_gives_team_date_duration(portal, order, world):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=3, agent="agent1")
    assert api.content.get_state(order) == "planned"
    assert order.planned_date == MONDAY
    assert order.expected_hours == 3.0
    assert order.assigned_agent == "agent1"


def test_agent_cannot_plan(portal, order, world):
    login(portal, "agent1")
    with pytest.raises(TechForbidden):
        planning.plan(order, team=world["voirie"], day=MONDAY)
    assert api.content.get_state(order) == "to_plan"


def test_unknown_team_refused(portal, order):
    login(portal, "chef")
    with pytest.raises(TechError):
        planning.plan(order, team="nope", day=MONDAY)
    assert api.content.get_state(order) == "to_plan"


def test_move_to_another_day_and_team(portal, order, world):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=2)
    planning.move(order, day=date(2026, 12, 9), team=world["verts"])
    assert order.planned_date == date(2026, 12, 9)
    assert order.team == world["verts"]
    assert order.responsible_services[0] == world["verts"]
    assert planning.week(world["voirie"], MONDAY)["days"][2]["orders"] == []
    day = planning.week(world["verts"], MONDAY)["days"][2]
    assert [b.UID for b in day["orders"]] == [order.UID()]


def test_move_refused_once_started(portal, order, world):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY)
    set_state(order, "in_progress")
    with pytest.raises(TechConflict):
        planning.move(order, day=date(2026, 12, 8))


def test_week_capacity(portal, order, world, new_request):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=7.6, agent="agent1")
    second = triage.accept(new_request(title="Avaloir"), team=world["voirie"])
    planning.plan(second, team=world["voirie"], day=MONDAY, hours=3.8, agent="agent2")
    week = planning.week(world["voirie"], date(2026, 12, 10))  # a Thursday
    assert week["monday"] == MONDAY
    assert week["agents"] == ["agent1", "agent2"]
    monday = week["days"][0]
    assert len(monday["orders"]) == 2
    assert set(monday["by_agent"]) == {"agent1", "agent2"}
    assert monday["capacity"] == pytest.approx(15.2)
    assert monday["use"] == 0.75
    assert week["days"][1]["use"] == 0


def test_hours_materials_and_cost(portal, order, world):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=4)
    api.content.transition(obj=order, transition="start")
    login(portal, "agent1")
    costs.add_hours(order, agent="agent1", day=MONDAY, hours=3)
    costs.add_hours(order, agent="agent2", day=MONDAY, hours=2.5)
    costs.add_material(order, material="asphalt", quantity=4)
    summary = costs.summary(order)
    assert summary["hours"] == 5.5
    assert summary["labour_cost"] == 192.5  # 5.5 h x 35 €
    assert summary["materials_cost"] == 74.0  # 4 x 18.50 €
    assert summary["total_cost"] == 266.5
    assert costs.hours_by_agent(order) == {"agent1": 3.0, "agent2": 2.5}
    brain = api.content.find(UID=order.UID())[0]
    assert brain.ia_tech_total_cost == 266.5


@pytest.mark.parametrize(
    "kwargs",
    [
        {"agent": "agent1", "day": MONDAY, "hours": 0},
        {"agent": "agent1", "day": MONDAY, "hours": 25},
        {"agent": "ghost", "day": MONDAY, "hours": 2},
        {"agent": "agent1", "day": "lundi", "hours": 2},
    ],
)
def test_bad_hours_refused(portal, order, kwargs):
    login(portal, "chef")
    with pytest.raises(TechError):
        costs.add_hours(order, **kwargs)
    assert costs.hours_of(order) == []


def test_unknown_material_refused(portal, order):
    login(portal, "chef")
    with pytest.raises(TechError):
        costs.add_material(order, material="gold", quantity=1)
    with pytest.raises(TechError):
        costs.add_material(order, material="gravel", quantity=-1)
    assert costs.materials_of(order) == []


def test_no_hours_on_a_closed_order(portal, order):
    set_state(order, "closed")
    login(portal, "chef")
    with pytest.raises(TechForbidden):
        costs.add_hours(order, agent="agent1", day=MONDAY, hours=1)


def test_monthly_report(portal, order, world):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=4)
    costs.add_hours(order, agent="agent1", day=MONDAY, hours=2)
    rows = report.monthly(2026, 12)
    assert rows == [
        {
            "team": world["voirie"],
            "title": "Voirie",
            "orders": 1,
            "hours": 2.0,
            "cost": 70.0,
        }
    ]
    assert report.monthly(2026, 11) == []


def test_work_sheet_renders(portal, order, world, http_request):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=4)
    costs.add_material(order, material="paint", quantity=2)
    view = api.content.get_view("tech-worksheet", order, http_request)
    html = view()
    assert order.reference in html
    assert "Voirie" in html
    assert "07/12/2026" in html
    assert "Peinture de marquage" in html


def test_week_page_renders(portal, order, world, http_request):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=4, agent="agent1")
    http_request.form.update({"team": world["voirie"], "week": "2026-12-07"})
    html = api.content.get_view("tech-week", portal, http_request)()
    assert "Lundi 07/12" in html
    assert order.Title() in html
    assert "26 %" in html  # 4 h of 15.2 h


def test_report_page_in_french_numbers(portal, order, world, http_request):
    login(portal, "chef")
    planning.plan(order, team=world["voirie"], day=MONDAY, hours=4)
    login(portal, "agent1")
    costs.add_hours(order, agent="agent1", day=MONDAY, hours=1.5)
    login(portal, "chef")
    http_request.form.update({"month": "2026-12"})
    html = api.content.get_view("tech-report", portal, http_request)()
    assert "Voirie" in html
    assert "1,5" in html and "52,50 €" in html  # 1.5 h × 35 €
