"""Scenarios of iA.Tech: a team's week, the "to plan" dashboard, Open311.

- a team's week view (``ia.tech.planning.week``) and the dashboard list
  "À planifier" (a page of 50) over N work orders, vs a plain catalog page
  of the same orders;
- Open311: filing N/10 citizen reports (``ia.tech.open311.reports.file``,
  in process: validation, numbering, indexing; no HTTP) vs creating as many
  plain Plone ``Document``s, and ``GET requests.json`` (the view's
  ``requests()``, the last 90 days, at most 1000) over those reports.

Environment: ``IA_BENCH_TECH_ORDERS`` (N, default ``IA_BENCH_N`` or 10000)
and ``IA_BENCH_TECH_SIZES`` (more sizes, default 1000: the growth 1,000 →
10,000), ``IA_BENCH_TECH_REPORTS`` (the in-process Open311 reports, default
N/10). 20 concurrent HTTP clients against a live server: ``tech_http.py``.
"""

from bench.helpers import as_manager
from bench.helpers import dashboard_page
from bench.helpers import ensure_user
from bench.helpers import plain_page
from bench.helpers import register_dashboards
from bench.helpers import sizes
from bench.registry import scenario
from datetime import date
from datetime import timedelta
from plone import api
import os
import transaction


ORDERS = int(
    os.environ.get("IA_BENCH_TECH_ORDERS") or os.environ.get("IA_BENCH_N") or 10000
)
CHIEF = "bench-tech-chief"
PAGE = 50
REPEAT = 20
_TEAM = {}


def _team(portal):
    from ia.core.orgchart import api as orgchart

    chart = orgchart.get_orgchart(portal)
    if "bench-travaux" not in chart:
        travaux = api.content.create(
            container=chart, type="IaService", id="bench-travaux", title="Travaux"
        )
        team = api.content.create(
            container=travaux, type="IaService", id="bench-voirie", title="Voirie"
        )
        ensure_user(CHIEF)
        orgchart.add_member(travaux, "manager", CHIEF)
        orgchart.add_member(team, "manager", CHIEF)
        orgchart.add_member(team, "editor", CHIEF)
    return chart["bench-travaux"]["bench-voirie"].UID()


def orders_dataset(portal, n):
    """N orders of one team: half to plan, half planned over four weeks
    (the two past ones: the "late" list is not empty).

    Added like ``api.content.create`` but without the folder's "modified"
    event (``ia.tech.concurrent.add``: every order stored and indexed the
    same, the folder's modification date alone not rewritten N times)."""
    from ia.core.workflows.testing import set_state
    from ia.tech.concurrent import add
    from ia.tech.folders import work_folder

    as_manager(portal)
    team = _team(portal)
    _TEAM["uid"] = team
    folder = work_folder()
    monday = date.today() - timedelta(days=date.today().weekday())
    for index in range(n):
        order = add(
            folder,
            "IaTechOrder",
            f"bench-ot-{index}",
            title=f"Bon {index}",
            request_type="roads",
            team=team,
            responsible_services=[team],
            expected_hours=2.0,
            planned_date=monday + timedelta(days=index % 28 - 14)
            if index % 2
            else None,
        )
        if index % 2:
            set_state(order, "planned")
        if index % 500 == 499:
            transaction.commit()
    transaction.commit()


def _week(portal):
    from ia.tech import planning

    def action():
        week = planning.week(_TEAM["uid"], date.today())
        assert len(week["days"]) == 7

    return action


# The growth 1,000 -> 10,000: the same scenarios over each size.
for size in sorted({*sizes("IA_BENCH_TECH_SIZES", [1000]), ORDERS}):
    register_dashboards(
        size,
        f"plain Plone: a catalog page of work orders @{size}",
        {
            f"iA.Tech: a team's week view @{size}": _week,
            f"iA.Tech: dashboard 'to plan' @{size}": lambda portal: dashboard_page(
                portal, "tech_to_plan", CHIEF, PAGE, not_empty=True
            ),
            f"iA.Tech: dashboard 'late' @{size}": lambda portal: dashboard_page(
                portal, "tech_late", CHIEF, PAGE, not_empty=True
            ),
        },
        dataset=orders_dataset,
        repeat=REPEAT,
        plain=lambda portal: plain_page(portal, "IaTechOrder", CHIEF, PAGE),
    )


REPORTS = int(os.environ.get("IA_BENCH_TECH_REPORTS") or max(ORDERS // 10, 2))
PLAIN_REPORTS = "plain Plone: create Documents (Open311 baseline)"


@scenario(PLAIN_REPORTS, n=REPORTS, repeat=1, is_baseline=True)
def plain_reports(portal, n):
    as_manager(portal)
    folder = api.content.create(container=portal, type="Folder", id="bench-plain")

    def action():
        for index in range(n):
            api.content.create(
                container=folder, type="Document", id=f"d{index}", title=f"R {index}"
            )
        transaction.commit()

    return action


REPORT = {
    "service_code": "roads",
    "lat": "50.4669",
    "long": "4.8675",
    "description": "Nid de poule",
}


@scenario(
    "iA.Tech: Open311 POST (file N reports)",
    n=REPORTS,
    repeat=1,
    baseline=PLAIN_REPORTS,
)
def open311_post(portal, n):
    from ia.tech.open311 import reports

    as_manager(portal)
    _team(portal)

    def action():
        for _index in range(n):
            reports.file(REPORT)
        transaction.commit()

    return action


def reports_dataset(portal, n):
    from ia.tech.open311 import reports

    as_manager(portal)
    _team(portal)
    for _index in range(n):
        reports.file(REPORT)
    transaction.commit()


def _get_requests(portal):
    from ia.tech.open311.view import Open311View

    def action():
        view = Open311View(portal, portal.REQUEST)
        assert view.requests()

    return action


scenario(
    f"iA.Tech: Open311 GET requests.json @{REPORTS}",
    n=REPORTS,
    repeat=REPEAT,
    fresh=False,
    dataset=reports_dataset,
)(lambda portal, n: _get_requests(portal))
