"""Planning of the work orders: plan, move, and a team's week.

:func:`plan` gives an order its team, date and expected duration and
moves it to ``planned``; :func:`move` changes the date or the team of a
planned order. :func:`week` reads one team's week from the catalog only
(brains, no object woken up): orders per day, hours expected per day and
per agent, and the capacity used (expected hours / agents ×
``ia.tech.day_hours``).
"""

from DateTime import DateTime
from datetime import date
from datetime import timedelta
from ia.core.orgchart import api as orgchart
from ia.core.security import as_manager
from ia.tech import _
from ia.tech import settings
from ia.tech.content import ORDER
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from ia.tech.open311.status import refresh_public
from plone import api


REVIEW = "Review portal content"
MOVABLE = ("to_plan", "planned")
MAX_EXPECTED_HOURS = 1000


def _check(order):
    if order.portal_type != ORDER:
        raise TechError(_("Only a work order can be planned."))
    if api.content.get_state(order) not in MOVABLE:
        raise TechConflict(_("Only an order to plan or planned can be (re)planned."))
    if not api.user.has_permission(REVIEW, obj=order):
        raise TechForbidden(_("Only the planners of the service plan orders."))


def _team(uid):
    if not uid or orgchart.get_service(uid) is None:
        raise TechError(_("Unknown team."))
    return uid


def _set_team(order, team):
    order.team = team
    services = [s for s in (order.responsible_services or ()) if s != team]
    order.responsible_services = [team, *services]


def _hours(hours):
    if hours is None:
        return None
    try:
        hours = float(hours)
    except (TypeError, ValueError):
        hours = -1.0
    if not 0 < hours <= MAX_EXPECTED_HOURS:
        raise TechError(
            _("The expected duration is more than 0 and at most 1000 hours.")
        )
    return hours


def plan(order, *, team, day: date, hours=None, agent=None):
    """Plan (to_plan → planned) or re-plan ``order``: every value is checked
    before any is written."""
    _check(order)
    team = _team(team)
    if not isinstance(day, date):
        raise TechError(_("Give the planned date."))
    hours = _hours(hours)
    if agent and agent not in agents(team):
        raise TechError(_("This agent is not in the team."))
    _set_team(order, team)
    order.planned_date = day
    if hours is not None:
        order.expected_hours = hours
    if agent is not None:
        order.assigned_agent = agent or None
    if api.content.get_state(order) == "to_plan":
        with as_manager():
            api.content.transition(obj=order, transition="plan")
    order.reindexObject()
    order.reindexObjectSecurity()
    refresh_public(order)


def move(order, *, day: date | None = None, team: str | None = None):
    """Move a planned order to another ``day`` and/or ``team``."""
    _check(order)
    if day is None and team is None:
        raise TechError(_("Give a new date or a new team."))
    if team is not None:
        _set_team(order, _team(team))
    if day is not None:
        order.planned_date = day
    order.reindexObject()
    order.reindexObjectSecurity()
    refresh_public(order)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def agents(team) -> list[str]:
    """User ids of the agents of ``team`` (its members, any function)."""
    service = orgchart.get_service(team)
    if service is None:
        return []
    return sorted({u for ids in orgchart.members(service).values() for u in ids})


def week(team: str, start: date) -> dict:
    """The week of ``team`` from the Monday of ``start``: days (orders,
    hours expected, by agent), capacity and use."""
    first = monday(start)
    last = first + timedelta(days=6)
    brains = api.content.find(
        portal_type=ORDER,
        ia_tech_team=team,
        ia_tech_planned_date={
            "query": (DateTime(first.isoformat()), DateTime(last.isoformat())),
            "range": "min:max",
        },
        sort_on="ia_tech_planned_date",
    )
    members = agents(team)
    days = {first + timedelta(days=n): [] for n in range(7)}
    for brain in brains:
        day = brain.ia_tech_planned_date.asdatetime().date()
        days.setdefault(day, []).append(brain)
    capacity = len(members) * settings.day_hours()
    result = []
    for day, day_brains in sorted(days.items()):
        expected = sum(b.ia_tech_expected_hours or 0.0 for b in day_brains)
        by_agent = {}
        for brain in day_brains:
            key = brain.ia_assigned_agent or ""
            by_agent.setdefault(key, []).append(brain)
        result.append(
            {
                "day": day,
                "orders": day_brains,
                "by_agent": by_agent,
                "expected_hours": expected,
                "capacity": capacity,
                "use": round(expected / capacity, 2) if capacity else None,
            }
        )
    return {"team": team, "monday": first, "agents": members, "days": result}
