"""Each core list returns the right documents for the right user."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.interfaces import IDashboardList
from ia.core.dashboard.registry import UnknownList
from ia.core.dashboard.registry import available_lists
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.registry import lists_for_user
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.testing import as_user
from ia.core.dashboard.testing import build
from ia.core.dashboard.testing import ids
from ia.core.testing import INTEGRATION_TESTING
from plone import api
from tests.module_worlds import module_world
from zope.component import getUtility
import pytest


# Built once per module, each test starts from a copy (tests.module_worlds).
_world_world, world = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def found(list_id, userid, **form):
    dlist = get_list(list_id)
    return ids(dq.search(dlist, userid, dq.ListParams.from_form(form)))


class TestRegistry:
    def test_core_lists_in_order(self, portal):
        assert [dlist.id for dlist in available_lists()] == [
            "to_treat",
            "to_validate",
            "my_services",
            "in_copy",
            "overdue",
            "recent",
        ]

    def test_utility_names_are_ids(self, portal):
        for dlist in available_lists():
            assert getUtility(IDashboardList, name=dlist.id) is dlist

    def test_unknown_list(self, portal):
        with pytest.raises(UnknownList):
            get_list("nope")

    def test_user_without_service_sees_only_lists_that_apply(self, portal, world):
        as_user(portal, "nobody")
        applying = [dlist.id for dlist, _query in lists_for_user("nobody")]
        assert applying == ["to_treat", "overdue", "recent"]


class TestLists:
    def test_to_treat(self, portal, world):
        as_user(portal, "alice")
        assert found("to_treat", "alice") == {"d1"}  # d3 is final
        as_user(portal, "bob")
        assert found("to_treat", "bob") == {"d4"}

    def test_my_services(self, portal, world):
        as_user(portal, "alice")
        assert found("my_services", "alice") == {"d1", "d2"}
        as_user(portal, "rita")
        assert found("my_services", "rita") == {"d1", "d2"}
        as_user(portal, "bob")
        assert found("my_services", "bob") == {"d4", "d5"}

    def test_to_validate_reviewer_vs_encoder(self, portal, world):
        as_user(portal, "rita")
        assert found("to_validate", "rita") == {"d2"}
        # alice is only encoder: the list does not apply to her.
        assert get_list("to_validate").query("alice") is None

    def test_to_validate_is_one_ia_ball_query(self, portal, world):
        as_user(portal, "rita")
        query = get_list("to_validate").query("rita")
        assert query == {"ia_ball": [f"{world['a']}:IaReviewer1"]}

    def test_ball_follows_transitions(self, portal, world):
        doc = world["docs"]["d1"]
        api.content.transition(obj=doc, transition="propose")
        as_user(portal, "rita")
        assert found("to_validate", "rita") == {"d1", "d2"}

    def test_in_copy(self, portal, world):
        as_user(portal, "bob")
        # d2 is in copy too, but copy services read decided documents only.
        assert found("in_copy", "bob") == {"d3"}
        as_user(portal, "alice")
        assert found("in_copy", "alice") == set()

    def test_overdue(self, portal, world):
        as_user(portal, "alice")
        assert found("overdue", "alice") == {"d1"}  # d3 is overdue but final
        as_user(portal, "bob")
        assert found("overdue", "bob") == set()

    def test_recent(self, portal, world):
        as_user(portal, "bob")
        assert found("recent", "bob") == {"d4", "d5"}

    def test_security_still_applies(self, portal, world):
        # nobody holds no function: even a query naming A finds nothing he may not see.
        as_user(portal, "nobody")
        catalog = api.portal.get_tool("portal_catalog")
        assert len(catalog(ia_responsible_services=world["a"])) == 0


class TestParams:
    def test_sort_on_sparse_index_keeps_documents_without_value(self, portal, world):
        as_user(portal, "alice")
        dlist = get_list("my_services")
        world["docs"]["d2"].due_date = None
        world["docs"]["d2"].reindexObject()
        params = dq.ListParams.from_form({"sort_on": "due"})
        assert [brain.getId for brain in dq.search(dlist, "alice", params)] == [
            "d1",
            "d2",
        ]
        params = dq.ListParams.from_form(
            {"sort_on": "due", "b_size": "1", "b_start": "1"}
        )
        results = dq.search(dlist, "alice", params)
        assert len(results) == 2
        (row,) = RowBuilder(portal.REQUEST).rows(_batch(results, 1, 1))
        assert row["title"] == "Avis voirie"

    def test_sort_by_reference(self, portal, world):
        as_user(portal, "alice")
        dlist = get_list("my_services")
        params = dq.ListParams.from_form(
            {"sort_on": "reference", "sort_order": "descending"}
        )
        refs = [brain.ia_reference for brain in dq.search(dlist, "alice", params)]
        assert refs == ["PU/2026/002", "PU/2026/001"]
        params = dq.ListParams.from_form({"sort_on": "reference"})
        refs = [brain.ia_reference for brain in dq.search(dlist, "alice", params)]
        assert refs == ["PU/2026/001", "PU/2026/002"]

    def test_pagination(self, portal, world):
        as_user(portal, "bob")
        dlist = get_list("recent")
        first = dq.search(
            dlist, "bob", dq.ListParams.from_form({"b_size": "1", "sort_on": "title"})
        )
        assert first.actual_result_count == 2
        rows = RowBuilder(portal.REQUEST).rows(_batch(first, 0, 1))
        assert [row["title"] for row in rows] == ["Éclairage public"]
        second = dq.search(
            dlist,
            "bob",
            dq.ListParams.from_form(
                {"b_size": "1", "b_start": "1", "sort_on": "title"}
            ),
        )
        rows = RowBuilder(portal.REQUEST).rows(_batch(second, 1, 1))
        assert [row["title"] for row in rows] == ["Réfection trottoir"]

    def test_filter_by_state(self, portal, world):
        as_user(portal, "alice")
        assert found("my_services", "alice", review_state="proposed") == {"d2"}
        # A final state is excluded by the list itself: the filter cannot bring it back.
        assert found("my_services", "alice", review_state="validated") == set()

    def test_filter_by_type(self, portal, world):
        as_user(portal, "alice")
        assert found("my_services", "alice", portal_type="IaTestDocument") == {
            "d1",
            "d2",
        }
        assert found("my_services", "alice", portal_type="Document") == set()

    def test_filter_by_service(self, portal, world):
        as_user(portal, "bob")
        assert found("in_copy", "bob", service=world["a"]) == {"d3"}
        # bob is not in A: the service filter cannot widen "my services".
        assert found("my_services", "bob", service=world["a"]) == set()

    def test_filter_by_text(self, portal, world):
        as_user(portal, "alice")
        assert found("my_services", "alice", SearchableText="voir") == {"d2"}

    @pytest.mark.parametrize(
        "form",
        [
            {"b_size": "abc"},
            {"b_size": "0"},
            {"b_size": "100000"},
            {"b_start": "-1"},
            {"sort_on": "getObject"},
            {"sort_order": "sideways"},
            {"review_state": {"x": 1}},
        ],
    )
    def test_bad_params(self, portal, form):
        with pytest.raises(dq.InvalidParameter):
            dq.ListParams.from_form(form)


class TestRows:
    def test_row_columns(self, portal, world):
        as_user(portal, "alice")
        brains = dq.search(get_list("to_treat"), "alice", dq.ListParams.from_form({}))
        (row,) = RowBuilder(portal.REQUEST).rows(_batch(brains, 0, 50))
        assert row["reference"] == "PU/2026/001"
        assert row["services"] == [{"uid": world["a"], "title": "Urbanisme"}]
        assert row["agent_fullname"] == "Alice Dupont"
        assert row["overdue"] is True
        assert row["review_state"] == "draft"
        assert row["state_title"]


def _batch(results, start, size):
    from plone.batching import Batch

    return Batch(results, size, start)
