"""Monthly report per team: orders planned in the month, hours and costs.

Read from the catalog only (metadata ``ia_tech_team``,
``ia_tech_total_hours``, ``ia_tech_total_cost``), cancelled orders left out.
"""

from DateTime import DateTime
from datetime import date
from ia.core.orgchart import api as orgchart
from ia.tech.content import ORDER
from plone import api


def month_bounds(year: int, month: int):
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return DateTime(first.isoformat()), DateTime(following.isoformat()) - 0.00001


def monthly(year: int, month: int) -> list[dict]:
    """One row per team: ``team`` (UID), ``title``, ``orders``, ``hours``, ``cost``."""
    start, end = month_bounds(year, month)
    brains = api.content.find(
        portal_type=ORDER,
        ia_tech_planned_date={"query": (start, end), "range": "min:max"},
    )
    rows = {}
    for brain in brains:
        if brain.review_state == "cancelled":
            continue
        team = brain.ia_tech_team or ""
        row = rows.setdefault(
            team, {"team": team, "orders": 0, "hours": 0.0, "cost": 0.0}
        )
        row["orders"] += 1
        row["hours"] += brain.ia_tech_total_hours or 0.0
        row["cost"] += brain.ia_tech_total_cost or 0.0
    for row in rows.values():
        service = orgchart.get_service(row["team"])
        row["title"] = service.Title() if service is not None else ""
        row["cost"] = round(row["cost"], 2)
    return sorted(rows.values(), key=lambda row: row["title"])
