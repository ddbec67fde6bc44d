"""Hours per agent and materials of a work order, and its total cost.

Kept on the order as lists of small dicts (``hours``: agent, day, hours;
``materials``: catalogue id, quantity, unit cost at the time of entry), so
a later change of the catalogue's prices does not rewrite closed orders.
Cost = hours × ``ia.tech.hourly_rate`` + Σ quantity × unit cost; the
totals are stored on the order (``total_hours``, ``total_cost``) for the
reports.

Only who may modify the order in its state (the team while it is in
progress, the head until it is closed) records hours and materials.
"""

from datetime import date
from ia.tech import _
from ia.tech import settings
from ia.tech.content import ORDER
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from persistent.list import PersistentList
from plone import api


MODIFY = "Modify portal content"
MAX_HOURS_PER_DAY = 24


def _check(order):
    if order.portal_type != ORDER:
        raise TechError(_("Hours and materials go on a work order."))
    if not api.user.has_permission(MODIFY, obj=order):
        raise TechForbidden(
            _("You may not record hours or materials on this order now.")
        )


def _list(order, name):
    if getattr(order, name, None) is None:
        setattr(order, name, PersistentList())
    return getattr(order, name)


def add_hours(order, *, agent: str, day: date, hours: float) -> dict:
    """Record ``hours`` of ``agent`` (a user id) on ``day``."""
    _check(order)
    if not agent or api.user.get(userid=agent) is None:
        raise TechError(_("Unknown agent."))
    if not isinstance(day, date):
        raise TechError(_("Give the day of the work."))
    try:
        hours = float(hours)
    except (TypeError, ValueError):
        hours = 0.0
    if not 0 < hours <= MAX_HOURS_PER_DAY:
        raise TechError(_("Hours must be more than 0 and at most 24."))
    line = {"agent": agent, "day": day.isoformat(), "hours": hours}
    _list(order, "hours").append(line)
    update_totals(order)
    return line


def add_material(order, *, material: str, quantity: float) -> dict:
    """Record ``quantity`` of the catalogue's ``material``."""
    _check(order)
    item = settings.material(material)
    if item is None:
        raise TechError(_("This material is not in the catalogue."))
    try:
        quantity = float(quantity)
    except (TypeError, ValueError):
        quantity = 0.0
    if quantity <= 0:
        raise TechError(_("The quantity must be more than 0."))
    line = {
        "material": item.id,
        "title": item.title,
        "unit": item.unit,
        "quantity": quantity,
        "unit_cost": item.unit_cost,
    }
    _list(order, "materials").append(line)
    update_totals(order)
    return line


def hours_of(order) -> list[dict]:
    return list(getattr(order, "hours", None) or ())


def materials_of(order) -> list[dict]:
    return list(getattr(order, "materials", None) or ())


def hours_by_agent(order) -> dict[str, float]:
    result = {}
    for line in hours_of(order):
        result[line["agent"]] = result.get(line["agent"], 0.0) + line["hours"]
    return result


def summary(order) -> dict:
    """Hours, labour cost, materials cost and total of ``order``."""
    hours = sum(line["hours"] for line in hours_of(order))
    labour = round(hours * settings.hourly_rate(), 2)
    materials = round(
        sum(line["quantity"] * line["unit_cost"] for line in materials_of(order)), 2
    )
    return {
        "hours": hours,
        "labour_cost": labour,
        "materials_cost": materials,
        "total_cost": round(labour + materials, 2),
    }


def update_totals(order) -> None:
    totals = summary(order)
    order.total_hours = totals["hours"]
    order.total_cost = totals["total_cost"]
    order.reindexObject(idxs=["ia_tech_team"])  # with the metadata
