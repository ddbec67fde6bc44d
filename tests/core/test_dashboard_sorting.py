"""Sorting on a sparse index: one catalog query, documents without a value last."""

from Acquisition import aq_base
from ia.core.dashboard import query as dq
from ia.core.dashboard import sorting
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.core.dashboard.testing import build
from ia.core.testing import INTEGRATION_TESTING
from ia.core.testing import record_calls
from plone import api
from Products.PluginIndexes.FieldIndex.FieldIndex import FieldIndex
from tests.module_worlds import module_world
import pytest


class TestSparseOrder:
    VALUES = {1: 30, 2: 10, 4: 20, 6: 10}

    def test_ascending_then_without_value(self):
        assert sorting.sparse_order([1, 2, 3, 4, 5, 6], self.VALUES) == [
            2,
            6,
            4,
            1,
            3,
            5,
        ]

    def test_descending_keeps_without_value_last(self):
        assert sorting.sparse_order([1, 2, 3, 4, 5, 6], self.VALUES, True) == [
            1,
            4,
            2,
            6,
            3,
            5,
        ]

    def test_nothing_has_a_value(self):
        assert sorting.sparse_order([3, 1, 2], {}) == [1, 2, 3]

    def test_empty(self):
        assert sorting.sparse_order([], self.VALUES) == []


class _Doc:
    def __init__(self, value):
        if value is not None:
            self.value = value


def _field_index(values):
    """A FieldIndex ``value`` over record ids 1.. with ``values`` (None: no value)."""
    index = FieldIndex("value")
    for rid, value in enumerate(values, start=1):
        index.index_object(rid, _Doc(value))
    return index


class TestWalkOrder:
    # rid:     1   2   3     4   5   6   7   8
    VALUES = [30, 10, None, 20, 10, 40, 10, None]

    @pytest.fixture
    def index(self):
        return _field_index(self.VALUES)

    @pytest.mark.parametrize("descending", [False, True])
    @pytest.mark.parametrize("rids", [[1, 2, 3, 4, 5, 6, 7, 8], [2, 3, 4, 6, 7], [6]])
    def test_a_prefix_of_the_full_order(self, index, rids, descending):
        full = sorting.sparse_order(rids, index.documentToKeyMap(), descending)
        for wanted in range(1, len(full) + 1):
            head = sorting.walk_order(index, rids, wanted, descending)
            if head is None:  # ran out of values: the rest have none
                assert any(rid not in index.documentToKeyMap() for rid in full[:wanted])
                continue
            assert len(head) >= wanted
            assert head == full[: len(head)]

    def test_ties_whole(self, index):
        # 10 is held by 2, 5 and 7: the page of 1 brings the three.
        assert sorting.walk_order(index, [1, 2, 5, 7], 1) == [2, 5, 7]

    def test_over_budget(self, index):
        # Only rid 6 (the largest value) is in the list: ascending, the walk
        # reads the others first.
        assert sorting.walk_order(index, [6], 1, budget=2) is None
        assert sorting.walk_order(index, [6], 1, descending=True, budget=2) == [6]


class TestSortedRecords:
    def test_reads_the_head_without_completing(self):
        calls = []

        def complete():
            calls.append(1)
            return [3, 1, 2]

        class Catalog:
            _catalog = {1: "b1", 2: "b2", 3: "b3"}

        records = sorting.SortedRecords(Catalog, 3, [3], complete)
        assert len(records) == records.actual_result_count == 3
        assert records[0] == "b3" and records[:1] == ["b3"] and calls == []
        assert records[-1] == "b2" and records[1:] == ["b1", "b2"]
        assert calls == [1]
        with pytest.raises(IndexError):
            records[3]


# Built once per module, each test starts from a copy (tests.module_worlds).
_world_world, world = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def _due_ids(portal, userid, **form):
    dlist = get_list("my_services")
    return [
        brain.getId
        for brain in dq.search(
            dlist, userid, dq.ListParams.from_form({"sort_on": "due", **form})
        )
    ]


class TestSortedSearch:
    def test_descending_keeps_documents_without_value_last(self, portal, world):
        as_user(portal, "alice")
        world["docs"]["d1"].due_date = None
        world["docs"]["d1"].reindexObject()
        assert _due_ids(portal, "alice", sort_order="descending") == ["d2", "d1"]

    def test_one_catalog_query(self, portal, world, monkeypatch):
        as_user(portal, "alice")
        catalog_class = aq_base(api.portal.get_tool("portal_catalog")).__class__
        calls = record_calls(monkeypatch, catalog_class, "searchResults")
        assert _due_ids(portal, "alice")
        assert len(calls) == 1
        assert "sort_on" not in calls[0][2]

    def test_security_applies(self, portal, world):
        # nobody holds no function: the unsorted query is filtered as the sorted one.
        as_user(portal, "nobody")
        results = sorting.sorted_search(
            {"ia_responsible_services": world["a"]}, "ia_due_date", "ascending", 0, 20
        )
        assert len(results) == 0

    @pytest.fixture(params=[0, 1000], ids=["one-pass", "walk"])
    def walk_ratio(self, request, monkeypatch):
        """Force one way of ordering (the other is forced in the test)."""
        monkeypatch.setattr(sorting, "WALK_RATIO", request.param)
        return request.param

    @pytest.mark.parametrize("sort_order", ["ascending", "descending"])
    @pytest.mark.parametrize("sort_on", ["title", "modified", "reference", "due"])
    def test_every_page_agrees_with_the_full_order(
        self, portal, world, sort_on, sort_order, walk_ratio
    ):
        as_user(portal, "alice")
        dlist = get_list("my_services")

        def page(b_start, b_size):
            form = {"sort_on": sort_on, "sort_order": sort_order}
            form.update(b_start=str(b_start), b_size=str(b_size))
            results = dq.search(dlist, "alice", dq.ListParams.from_form(form))
            return [brain.getId for brain in results[b_start : b_start + b_size]]

        full = page(0, 100)
        assert len(full) == 2
        assert page(0, 1) + page(1, 1) == full
        sorting.WALK_RATIO = 1000 - walk_ratio  # restored by the fixture
        assert page(0, 100) == full

    def test_batch_reads_only_its_rows(self, portal, world):
        as_user(portal, "alice")
        results = dq.search(
            get_list("my_services"),
            "alice",
            dq.ListParams.from_form({"sort_on": "due", "b_size": "1"}),
        )
        assert results.actual_result_count == len(results) == 2
        assert [brain.getId for brain in results[1:]] == [_due_ids(portal, "alice")[1]]
