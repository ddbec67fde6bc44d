"""Scenarios of iA.Urban: dashboards, deadlines and the map over N files.

N licence files (permis d'urbanisme) with 8 procedure events each are built
in bulk (not timed) for the service Urbanisme, their deadlines computed and
stored by the product's own code (``deadlines.api.refresh``) and every
index and metadata column written by the catalog as the product would;
then, each against a plain-Plone catalog query of the same files:

- the dashboard "Permis de mes services" (``urban_files``) and "Mes permis
  en retard" (``urban_late_mine``), a page of 50, as an agent;
- every open file's deadlines (target under 2 s at 10,000 files): read
  from the index ``ia_urban_open_deadlines`` (``deadlines.bulk``, now),
  from the brains' ``ia_urban_deadlines`` metadata (before), and
  recomputed by the rules from each file's events (what storing saves);
- the deadline calendar of this month, as the agent;
- the map's GeoJSON of every located file for that agent (one file in three
  with its parcel's outline, a polygon).

Baselines (plain Plone, same run): a page of 50 of the same files (for the
dashboards); every open file, one metadata column read (for the
deadlines); every file the agent may see, three columns read (for the
calendar and the GeoJSON).

The sandbox's ZODB connection cache holds ``ZODB_CACHE`` objects, the
production default (``zodb-cache-size`` of plone.recipe.zope2instance),
not the test database's 400: with 400, a search of 10,000 brains makes the
catalog drop its own trees from the cache (``maintain_zodb_cache``) and
every repeat unpickles them again, which no production instance does.

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
import random
import transaction


PAGE = 50
ZODB_CACHE = 30000
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
    from ia.urban.demo.plan import outline
    from plone.dexterity.utils import createContent

    portal._p_jar.db().setCacheSize(ZODB_CACHE)  # this sandbox's database
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
        if i % 3 == 0:
            licence.parcel_shapes = outline(
                random.Random(i), licence.latitude, licence.longitude
            )
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


def _open_brains(catalog):
    return catalog.unrestrictedSearchResults(portal_type=TYPE, ia_final=False)


def _entries(found) -> int:
    """How many deadlines a {UID: [deadline]} holds."""
    return sum(len(deadlines) for deadlines in found.values())


def _action(read, userid=None):
    """A scenario: ``read(portal)`` timed as ``userid`` (the manager when
    None), asserted not empty (``None`` means "no assertion")."""

    def factory(portal):
        if userid is None:
            as_manager(portal)
        else:
            login(portal, userid)

        def action():
            found = read(portal)
            assert found or found is None

        return action

    return factory


def _catalog():
    return api.portal.get_tool("portal_catalog")


def _index_read(portal):
    from ia.urban.deadlines.bulk import every_open

    return _entries(every_open())


def _metadata_read(portal):
    from ia.urban.deadlines.stored import open_deadlines

    return _entries(open_deadlines(_open_brains(_catalog())))


def _recomputed(portal):
    from ia.urban.deadlines.api import for_brains

    return _entries(for_brains(_open_brains(_catalog())))


def _plain_open(portal):
    """Baseline: every open file from the catalog, one column read."""
    return [brain.ia_due_date for brain in _open_brains(_catalog())]


def _plain_all(portal):
    """Baseline: every file the user may see, three columns read."""
    return [
        (brain.Title, brain.getURL(), brain.review_state)
        for brain in _catalog().searchResults(portal_type=TYPE)
    ]


def _calendar(portal):
    """The deadline calendar of this month (a small world may have no
    deadline this month: the page still renders, nothing asserted)."""
    from ia.urban.deadlines.agenda import month_rows

    first = date.today().replace(day=1)
    assert isinstance(month_rows(first, portal.REQUEST, "service"), list)


def _geojson(portal):
    """The map's GeoJSON of every located file."""
    from ia.core.map.geojson import collection

    return collection(portal, {"layer": "urban-licences"}, portal.REQUEST)["features"]


def _register(size):
    common = {"n": size, "repeat": REPEAT, "fresh": False, "dataset": bulk_licences}
    page = f"catalog query of urban licences, page of {PAGE} (Plone) @{size}"
    every_open = f"catalog query of every open urban licence, 1 column (Plone) @{size}"
    every = f"catalog query of every urban licence for an agent (Plone) @{size}"
    baselines = {
        page: lambda portal: plain_page(portal, TYPE, AGENT, PAGE),
        every_open: _action(_plain_open),
        every: _action(_plain_all, AGENT),
    }
    for name, factory in baselines.items():
        scenario(name, is_baseline=True, **common)(
            lambda portal, n, factory=factory: factory(portal)
        )
    deadlines = f"urban deadlines of every open licence, {{}} @{size}"
    actions = {
        f"dashboard urban_files, page of {PAGE} @{size}": (
            page,
            lambda portal: dashboard_page(
                portal, "urban_files", AGENT, PAGE, not_empty=True
            ),
        ),
        f"dashboard urban_late_mine, page of {PAGE} @{size}": (
            page,
            lambda portal: dashboard_page(portal, "urban_late_mine", AGENT, PAGE),
        ),
        deadlines.format("index read"): (every_open, _action(_index_read)),
        deadlines.format("brains' metadata (before)"): (
            every_open,
            _action(_metadata_read),
        ),
        deadlines.format("recomputed by the rules"): (
            every_open,
            _action(_recomputed),
        ),
        f"urban deadline calendar of this month for an agent @{size}": (
            every,
            _action(_calendar, AGENT),
        ),
        f"urban GeoJSON of every licence for an agent @{size}": (
            every,
            _action(_geojson, AGENT),
        ),
    }
    for name, (baseline, factory) in actions.items():
        scenario(name, baseline=baseline, **common)(
            lambda portal, n, factory=factory: factory(portal)
        )


for _size in sizes("IA_BENCH_URBAN_SIZES", [1000, 10000]):
    _register(_size)
