"""Each workflow's XML says which states are final and who has the ball;
``ia.core.workflows.facts`` reads it from the installed workflow."""

from ia.core.dashboard import ball as ball_index
from ia.core.testing import create_document
from ia.core.testing import create_service
from ia.core.workflows import facts
from ia.core.workflows.testing_facts import check_installed_facts
from ia.core.workflows.testing_facts import definition_paths
from ia.core.workflows.testing_facts import read_definition
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import ia.core
import ia.delib
import ia.docs
import pytest


CORE = definition_paths(ia.core)
SUITE = CORE + definition_paths(ia.docs) + definition_paths(ia.delib)
SUITE_IDS = [path.parent.name for path in SUITE]
# The facts every workflow of the suite states (variable -> XML type).
DECLARED = {"ia_final": "bool", "ia_ball": "string"}
FUNCTION_ROLES = {
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaServiceManager",
    "IaAgent",
    "IaMeetingManager",
}


def test_every_workflow_of_the_suite_is_listed():
    assert set(SUITE_IDS) == {
        "ia_validation_workflow",
        "ia_case_workflow",
        "ia_publication_workflow",
        "ia_config_workflow",
        "ia_task_workflow",
        "ia_incoming_mail_workflow",
        "ia_outgoing_mail_workflow",
        "ia_delib_item_workflow",
        "ia_delib_meeting_workflow",
        "ia_delib_advice_workflow",
        "ia_delib_body_workflow",
    }


@pytest.mark.parametrize("path", SUITE, ids=SUITE_IDS)
def test_xml_declares_its_facts(path):
    definition = read_definition(path)
    assert definition["id"] == path.parent.name
    variables = definition["variables"]
    for name in DECLARED:
        # Not status variables: nothing in the documents' status or history.
        assert variables[name]["for_status"] == "False"
        assert variables[name]["for_catalog"] == "False"
    for state, values in definition["states"].items():
        for name in values:
            assert name in variables, f"{state}: {name} is not declared"
        assert values.get("ia_final", True) is True, f"{state}: say True or nothing"
        roles = set((values.get("ia_ball") or "").split())
        assert roles <= FUNCTION_ROLES, state
        if values.get("ia_final"):
            assert not roles, f"{state} is final: nobody has the ball"


def test_xml_of_the_mail_and_item_workflows():
    """The closed incoming mail is final (it was not: issue 9)."""
    by_id = {path.parent.name: read_definition(path) for path in SUITE}

    def final(workflow_id):
        states = by_id[workflow_id]["states"]
        return {s for s, values in states.items() if values.get("ia_final")}

    assert final("ia_incoming_mail_workflow") == {"closed"}
    assert final("ia_outgoing_mail_workflow") == {"sent"}
    assert final("ia_delib_item_workflow") == {
        "accepted",
        "accepted_modified",
        "refused",
        "postponed",
        "removed",
    }
    assert final("ia_delib_meeting_workflow") == {"closed"}
    assert final("ia_delib_advice_workflow") == {"given"}


@pytest.mark.parametrize("path", CORE, ids=[p.parent.name for p in CORE])
def test_installed_core_workflows_say_what_their_xml_says(portal, path):
    setRoles(portal, TEST_USER_ID, ["Manager"])  # the export needs it
    check_installed_facts(portal, path)


class TestReader:
    def test_ball(self, portal):
        assert facts.ball_roles("ia_validation_workflow", "proposed") == (
            "IaReviewer1",
        )
        assert facts.ball_roles("ia_validation_workflow", "draft") == (
            "IaEncoder",
            "IaEditor",
        )
        assert facts.states_for_role("ia_validation_workflow", "IaReviewer2") == (
            "proposed_n2",
        )
        assert facts.states_for_role("ia_task_workflow", "IaAgent") == (
            "to_do",
            "in_progress",
        )

    def test_final_state_has_no_ball(self, portal):
        assert facts.ball_roles("ia_case_workflow", "closed") == ()

    def test_unknown_state_or_workflow(self, portal):
        with pytest.raises(ValueError, match="no state 'nope'"):
            facts.ball_roles("ia_case_workflow", "nope")
        with pytest.raises(ValueError, match="ia_nope_workflow"):
            facts.ball_roles("ia_nope_workflow", "draft")

    def test_levels(self, portal):
        assert facts.states_where("ia_validation_workflow", "ia_level") == (
            "proposed",
            "proposed_n2",
            "proposed_n3",
        )
        assert (
            facts.state_value("ia_validation_workflow", "proposed_n3", "ia_level") == 3
        )

    def test_a_reimported_fact_is_read_at_once(self, portal):
        """No cache to invalidate: the reader reads the state definitions."""
        state = api.portal.get_tool("portal_workflow")["ia_case_workflow"].states[
            "in_treatment"
        ]
        state.var_values = dict(state.var_values, ia_ball="IaEditor")
        assert facts.states_for_role("ia_case_workflow", "IaEditor") == (
            "in_treatment",
        )

    def test_index_keys_follow_the_xml(self, portal):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        service = create_service(portal["organisation"], "Service")
        doc = create_document(portal, services=[service.UID()], state="proposed_n2")
        assert ball_index.ball_keys(doc) == {f"{service.UID()}:IaReviewer2"}
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(ia_ball=f"{service.UID()}:IaReviewer2")
        assert [b.UID for b in brains] == [doc.UID()]
