"""The registry of dashboard columns: core columns, a product's column, errors."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.columns import DEFAULT_COLUMNS
from ia.core.dashboard.columns import UnknownColumn
from ia.core.dashboard.columns import all_columns
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.columns import get_column
from ia.core.dashboard.columns import sortable_columns
from ia.core.dashboard.interfaces import IDashboardColumn
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.testing import as_user
from ia.core.dashboard.testing import build
from ia.core.testing import INTEGRATION_TESTING
from ia.core.testing import record_calls
from plone.batching import Batch
from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain
from tests.core import dashboard_columns_world
from tests.module_worlds import module_world
from zope.component import getUtility
from zope.interface.verify import verifyObject
import pytest


# A product's column and lists, registered for the test.
registered = dashboard_columns_world.registered


# Built once per module, each test starts from a copy (tests.module_worlds).
_world_world, world = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def page(portal, dlist, userid="alice", **form):
    params = dq.ListParams.from_form(form, dlist)
    results = dq.search(dlist, userid, params)
    return RowBuilder(portal.REQUEST).rows(
        Batch(results, params.b_size, params.b_start), columns_of(dlist)
    )


class TestRegistry:
    def test_core_columns_are_utilities(self, portal):
        columns = all_columns()
        assert set(DEFAULT_COLUMNS) <= set(columns)
        for column_id in DEFAULT_COLUMNS:
            column = getUtility(IDashboardColumn, name=column_id)
            assert column.id == column_id
            assert verifyObject(IDashboardColumn, column)

    def test_unknown_column(self, portal):
        with pytest.raises(UnknownColumn, match="nope"):
            get_column("nope")

    def test_unknown_column_of_a_list_is_a_clear_error(self, portal, registered):
        with pytest.raises(UnknownColumn) as error:
            columns_of(get_list("broken"))
        assert "'broken'" in str(error.value)
        assert "'no_such_column'" in str(error.value)

    def test_core_lists_declare_registered_columns(self, portal):
        for list_id in ("to_treat", "my_services", "in_copy", "overdue", "recent"):
            assert [c.id for c in columns_of(get_list(list_id))] == list(
                DEFAULT_COLUMNS
            )

    def test_sortable_columns_of_a_list(self, portal, registered):
        assert sortable_columns(get_list("with_copy")) == ["reference", "title"]
        assert "services" not in sortable_columns()
        assert "due" in sortable_columns()


class TestSorting:
    @pytest.mark.parametrize("sort_on", ["copy", "due", "services", "nope", ["x"]])
    def test_only_the_lists_sortable_columns(self, portal, registered, sort_on):
        with pytest.raises(dq.InvalidParameter):
            dq.ListParams.from_form({"sort_on": sort_on}, get_list("with_copy"))

    def test_error_names_the_choices(self, portal, registered):
        with pytest.raises(dq.InvalidParameter) as error:
            dq.ListParams.from_form({"sort_on": "due"}, get_list("with_copy"))
        assert error.value.message.mapping["choices"] == "reference, title"

    def test_default_sort_column_may_be_asked(self, portal):
        params = dq.ListParams.from_form({"sort_on": "due"}, get_list("to_treat"))
        assert params.sort_on == "due"


class TestCells:
    def test_product_column_cells(self, portal, world, registered):
        as_user(portal, "alice")
        rows = page(portal, get_list("with_copy"), sort_on="reference")
        cells = {row["reference"]: row["cells"] for row in rows}
        assert cells["PU/2026/002"]["copy"] == "Travaux"
        assert cells["PU/2026/001"]["copy"] == ""
        assert cells["PU/2026/001"]["title"] == "Permis rue Haute"
        assert cells["PU/2026/001"]["type_vocab"]
        assert set(cells["PU/2026/001"]) == {"reference", "title", "copy", "type_vocab"}

    def test_product_column_not_on_other_lists(self, portal, world, registered):
        as_user(portal, "alice")
        (row,) = page(portal, get_list("to_treat"))
        assert "copy" not in row["cells"]
        assert set(row["cells"]) == set(DEFAULT_COLUMNS)

    def test_core_cells(self, portal, world):
        as_user(portal, "alice")
        (row,) = page(portal, get_list("to_treat"))
        cells = row["cells"]
        assert cells["reference"] == "PU/2026/001"
        assert cells["services"] == "Urbanisme"
        assert cells["agent"] == "Alice Dupont"
        assert cells["due"] == row["due_date"]
        assert cells["state"] == row["state_title"]

    def test_one_lookup_query_per_page(self, portal, world, registered, monkeypatch):
        as_user(portal, "alice")
        dlist = get_list("with_copy")
        params = dq.ListParams.from_form({}, dlist)
        brains = list(dq.search(dlist, "alice", params))
        from Products.CMFPlone.CatalogTool import CatalogTool

        calls = record_calls(monkeypatch, CatalogTool, "unrestrictedSearchResults")
        builder = RowBuilder(portal.REQUEST)
        builder.rows(brains, columns_of(dlist))
        # The services of the page and the copy column share one look-up.
        assert len(calls) == 1

    def test_rows_never_wake_objects(self, portal, world, registered, monkeypatch):
        def forbidden(self, *args, **kwargs):
            raise AssertionError("getObject called while building dashboard rows")

        monkeypatch.setattr(AbstractCatalogBrain, "getObject", forbidden)
        monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", forbidden)
        as_user(portal, "alice")
        rows = page(portal, get_list("with_copy"))
        assert len(rows) == 3  # what alice may see: d1, d2, d3
