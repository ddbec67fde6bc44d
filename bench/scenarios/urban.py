"""Scenarios of iA.Urban: dashboards, deadlines and the map over N files.

N licence files (permis d'urbanisme) with 8 procedure events each are built
in bulk (not timed) for the service Urbanisme; then, against a plain
catalog query of a page of 50 of the same files:

- the dashboard "Permis de mes services" (``urban_files``) and "Mes permis
  en retard" (``urban_late_mine``), a page of 50, as an agent;
- computing every open file's deadlines (the rules applied to each file's
  events, the settings read once: target under 2 s at 10,000 files);
- the map's GeoJSON of every located file for that agent.

Environment: ``IA_BENCH_URBAN_SIZES`` (default ``1000,10000``); a quick
check: ``IA_BENCH_URBAN_SIZES=200 .venv/bin/python -m bench.run --only urban``.
"""

from bench.helpers import as_manager
from bench.helpers import dashboard_page
from bench.helpers import ensure_user
from bench.helpers import plain_page
from bench.helpers import sizes
from bench.registry import scenario
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
import transaction


PAGE = 50
REPEAT = 10
AGENT = "bench-urban-agent"
TYPE = "IaUrbBuildLicence"
STATES = (
    "deposit",
    "complete",
    "in_instruction",
    "in_instruction",
    "granted",
    "notified",
)


def _events(i, deposit):
    from ia.urban.events.api import make_event

    day = deposit
    steps = (
        ("deposit", {}),
        ("acknowledgement", {}),
        ("procedure", {"publicity": "inquiry", "opinions": True}),
        ("opinion_request", {"body": "SRI"}),
        ("opinion_request", {"body": "DNF"}),
        ("inquiry", {}),
        ("claim", {"claimant": "Riverain"}),
        ("prorogation", {}),
    )
    events = []
    for offset, (kind, fields) in enumerate(steps):
        events.append(make_event(kind, day + timedelta(days=offset * 5), **fields))
    return events


def bulk_licences(portal, n):
    """N files of Urbanisme assigned to AGENT, each with 8 events, created
    without the subscribers (numbering, versioning), deadlines computed."""
    from ia.core.orgchart import api as orgchart
    from ia.core.testing import create_service
    from ia.urban.area import get_area
    from ia.urban.deadlines import settings as deadline_settings
    from ia.urban.deadlines.api import refresh
    from plone.dexterity.utils import createContent

    as_manager(portal)
    ensure_user(AGENT)
    service = create_service(portal["organisation"], "Urbanisme bench")
    orgchart.add_member(service, "editor", AGENT)
    area = get_area(portal)
    settings = deadline_settings.load()
    workflow_tool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = workflow_tool.getChainForPortalType(TYPE)
    workflow = workflow_tool[workflow_id]
    today = date.today()
    for i in range(n):
        licence = createContent(TYPE, id=f"bench-permis-{i}", title=f"Permis {i}")
        licence.reference = f"P/2026/{i}"
        licence.responsible_services = [service.UID()]
        licence.assigned_agent = AGENT
        licence.street_number = str(i)
        licence.latitude = 50.4 + (i % 100) / 1000
        licence.longitude = 4.8 + (i % 97) / 1000
        licence.urban_events = _events(i, today - timedelta(days=i % 200))
        area._setObject(licence.id, licence, suppress_events=True)
        licence = area[licence.id]
        workflow_tool.setStatusOf(
            workflow_id,
            licence,
            {
                "review_state": STATES[i % len(STATES)],
                "action": None,
                "actor": TEST_USER_ID,
                "time": licence.created(),
                "comments": "",
            },
        )
        workflow.updateRoleMappingsFor(licence)
        refresh(licence, settings, reindex=False)
        licence.indexObject()
        if (i + 1) % 1000 == 0:
            transaction.commit()
    transaction.commit()


def all_deadlines(portal):
    """An action: every open file's deadlines, the settings read once."""
    from ia.urban.deadlines import settings as deadline_settings
    from ia.urban.deadlines.engine import compute
    from ia.urban.events.api import events_of

    as_manager(portal)
    catalog = api.portal.get_tool("portal_catalog")

    def action():
        settings = deadline_settings.load()
        count = 0
        for brain in catalog.unrestrictedSearchResults(
            portal_type=TYPE, ia_final=False
        ):
            obj = brain._unrestrictedGetObject()
            count += len(compute(obj.portal_type, events_of(obj), settings))
        assert count

    return action


def geojson(portal):
    """An action: the map's GeoJSON of every located file, as the agent."""
    from ia.core.map.geojson import collection

    login(portal, AGENT)
    request = portal.REQUEST

    def action():
        data = collection(portal, {"layer": "urban-licences"}, request)
        assert data["features"]

    return action


def _register(size):
    baseline = f"catalog query of urban licences, page of {PAGE} (Plone) @{size}"
    common = {"n": size, "repeat": REPEAT, "fresh": False, "dataset": bulk_licences}
    scenario(baseline, is_baseline=True, **common)(
        lambda portal, n: plain_page(portal, TYPE, AGENT, PAGE)
    )
    actions = {
        f"dashboard urban_files, page of {PAGE} @{size}": lambda portal: dashboard_page(
            portal, "urban_files", AGENT, PAGE, not_empty=True
        ),
        f"dashboard urban_late_mine, page of {PAGE} @{size}": lambda portal: (
            dashboard_page(portal, "urban_late_mine", AGENT, PAGE)
        ),
        f"urban deadlines of every open licence @{size}": all_deadlines,
        f"urban GeoJSON of every licence for an agent @{size}": geojson,
    }
    for name, factory in actions.items():
        scenario(name, baseline=baseline, **common)(
            lambda portal, n, factory=factory: factory(portal)
        )


for _size in sizes("IA_BENCH_URBAN_SIZES", [1000, 10000]):
    _register(_size)
