"""What the scenario modules share: the manager login, users, and the
dashboard-page / plain-catalog-page pair timed over a bulk dataset.

Not a scenario module (``bench.run`` imports only ``bench/scenarios/*``).
"""

from bench.registry import scenario
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
import os


PASSWORD = "bench-password-1234"


def as_manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)


def ensure_user(userid, email=None):
    """The user ``userid`` (created when missing)."""
    if api.user.get(userid=userid) is None:
        api.user.create(
            email=email or f"{userid}@example.org", username=userid, password=PASSWORD
        )


def sizes(variable, default):
    """Dataset sizes from the comma-separated environment ``variable``."""
    raw = os.environ.get(variable, "")
    return [int(value) for value in raw.split(",") if value.strip()] if raw else default


def dashboard_page(portal, list_id, userid, page, *, not_empty=False):
    """An action: the first page of dashboard ``list_id`` as ``userid``."""
    from ia.core.dashboard import principal
    from ia.core.dashboard import query as dq
    from ia.core.dashboard.columns import columns_of
    from ia.core.dashboard.registry import get_list
    from ia.core.dashboard.rows import RowBuilder
    from plone.batching import Batch

    login(portal, userid)
    dlist = get_list(list_id)

    def action():
        principal.clear_cache()
        params = dq.ListParams.from_form({"b_size": str(page)})
        results = dq.search(dlist, userid, params)
        rows = RowBuilder(portal.REQUEST).rows(
            Batch(results, page, 0), columns_of(dlist)
        )
        assert len(rows) == min(page, len(results)), "dashboard page is short"
        if not_empty:
            assert rows, f"{list_id} is empty"

    return action


def plain_page(portal, portal_type, userid, page):
    """An action: the same user, the same page size over a plain catalog
    query: only the dashboard's own work differs."""
    login(portal, userid)
    catalog = api.portal.get_tool("portal_catalog")

    def action():
        results = catalog.searchResults(
            portal_type=portal_type,
            sort_on="modified",
            sort_order="descending",
            b_start=0,
            b_size=page,
        )
        rows = [
            (brain.Title, brain.getURL(), brain.review_state)
            for brain in results[:page]
        ]
        assert rows

    return action


def register_dashboards(size, baseline, dashboards, *, dataset, repeat, plain):
    """Register, over ``size`` documents built by ``dataset``, the baseline
    ``baseline`` (``plain(portal)``) and one scenario per ``{name: action
    factory(portal)}`` of ``dashboards``."""
    common = {"n": size, "repeat": repeat, "fresh": False, "dataset": dataset}
    scenario(baseline, is_baseline=True, **common)(lambda portal, n: plain(portal))
    for name, factory in dashboards.items():
        scenario(name, baseline=baseline, **common)(
            lambda portal, n, factory=factory: factory(portal)
        )
