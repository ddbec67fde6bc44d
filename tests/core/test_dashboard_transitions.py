"""Batch transitions on selected rows, and rows built without waking objects up."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.testing import as_user
from ia.core.dashboard.testing import build
from ia.core.dashboard.transitions import apply_transition
from ia.core.dashboard.transitions import common_transitions
from ia.core.testing import INTEGRATION_TESTING
from plone import api
from plone.batching import Batch
from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain
from tests.module_worlds import module_world
import pytest


# Built once per module, each test starts from a copy (tests.module_worlds).
_world_world, world = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


class TestBatchTransition:
    def test_common_transitions(self, portal, world):
        as_user(portal, "alice")
        d1 = world["docs"]["d1"]
        assert "propose" in [tid for tid, _title in common_transitions([d1.UID()])]

    def test_common_transitions_of_different_states_is_empty(self, portal, world):
        as_user(portal, "rita")
        d1, d2 = world["docs"]["d1"], world["docs"]["d2"]
        assert common_transitions([d1.UID(), d2.UID()]) == []

    def test_success_and_refusal(self, portal, world):
        as_user(portal, "alice")
        d1, d3 = world["docs"]["d1"], world["docs"]["d3"]
        results = apply_transition(
            [d1.UID(), d3.UID(), "no-such-uid"], "propose", "Pour validation"
        )
        by_uid = {result.uid: result for result in results}
        assert by_uid[d1.UID()].success is True
        assert by_uid[d1.UID()].review_state == "proposed"
        assert by_uid[d3.UID()].success is False
        assert "validated" in by_uid[d3.UID()].message
        assert by_uid["no-such-uid"].success is False
        assert api.content.get_state(d1) == "proposed"
        assert api.content.get_state(d3) == "validated"
        status = api.portal.get_tool("portal_workflow").getStatusOf(
            "ia_validation_workflow", d1
        )
        assert status["comments"] == "Pour validation"

    def test_transition_moves_the_ball(self, portal, world):
        as_user(portal, "alice")
        apply_transition([world["docs"]["d1"].UID()], "propose")
        as_user(portal, "rita")
        found = {
            b.getId
            for b in dq.search(
                get_list("to_validate"), "rita", dq.ListParams.from_form({})
            )
        }
        assert found == {"d1", "d2"}

    def test_user_without_rights_is_refused(self, portal, world):
        as_user(portal, "bob")  # bob is not in A: he does not even see d1
        (result,) = apply_transition([world["docs"]["d1"].UID()], "propose")
        assert result.success is False
        assert api.content.get_state(world["docs"]["d1"]) == "draft"

    @pytest.mark.parametrize(
        "uids, transition",
        [
            ([], "propose"),
            ("", "propose"),
            ([1, 2], "propose"),
            (["x"], ""),
            (["x"], None),
        ],
    )
    def test_bad_input(self, portal, uids, transition):
        with pytest.raises(InvalidParameter):
            apply_transition(uids, transition)

    def test_too_many(self, portal):
        api.portal.set_registry_record("ia.core.dashboard.max_batch_transition", 2)
        with pytest.raises(InvalidParameter):
            apply_transition(["a", "b", "c"], "propose")


class TestNoWakeUp:
    def test_rows_never_call_getObject(self, portal, world, monkeypatch):
        def forbidden(self, *args, **kwargs):
            raise AssertionError("getObject called while building dashboard rows")

        monkeypatch.setattr(AbstractCatalogBrain, "getObject", forbidden)
        monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", forbidden)
        as_user(portal, "alice")
        for list_id in ("to_treat", "my_services", "overdue", "recent"):
            for sort_on in ("", "reference", "due", "title", "agent"):
                params = dq.ListParams.from_form({"sort_on": sort_on})
                results = dq.search(get_list(list_id), "alice", params)
                rows = RowBuilder(portal.REQUEST).rows(
                    Batch(results, params.b_size, params.b_start)
                )
                assert all(row["uid"] for row in rows)
        assert rows  # the check ran on real rows

    def test_the_guard_works(self, portal, world, monkeypatch):
        def forbidden(self, *args, **kwargs):
            raise AssertionError("getObject")

        monkeypatch.setattr(AbstractCatalogBrain, "getObject", forbidden)
        brain = api.portal.get_tool("portal_catalog")(portal_type="IaTestDocument")[0]
        with pytest.raises(AssertionError):
            brain.getObject()
