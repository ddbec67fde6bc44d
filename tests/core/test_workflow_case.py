"""Permissions of ia_case_workflow: every state x every role, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import play
from ia.core.workflows.testing import rest
from plone import api
from plone.app.testing import TEST_USER_ID
from tests.core.workflow_helpers import assert_rest_refused
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix
from tests.core.workflow_helpers import rest_fixture
import pytest
import transaction


TYPE = "IaTestCase"
WORKFLOW = "ia_case_workflow"

# Copy services read a case from its reception on.
EVERYONE_INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
VIEW = {
    "received": EVERYONE_INSIDE,
    "in_treatment": EVERYONE_INSIDE,
    "closed": EVERYONE_INSIDE,
}

EDIT = {
    "received": {
        "Owner",
        "IaEncoder",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "in_treatment": {
        "IaEditor",
        "IaAgent",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "closed": {"Site Administrator", "Manager"},
}

DELETE = {
    "received": {"Owner", "IaServiceManager", "Site Administrator", "Manager"},
    "in_treatment": {"Site Administrator", "Manager"},
    "closed": {"Site Administrator", "Manager"},
}

TRANSITIONS = {
    "received": {
        "IaEncoder": {"treat"},
        "IaServiceManager": {"treat"},
        "Site Administrator": {"treat"},
        "Manager": {"treat"},
    },
    "in_treatment": {
        "IaAgent": {"close", "back_to_received"},
        "IaEditor": {"close"},
        "IaServiceManager": {"close", "back_to_received"},
        "Site Administrator": {"close", "back_to_received"},
        "Manager": {"close", "back_to_received"},
    },
    "closed": {
        "IaServiceManager": {"reopen"},
        "Site Administrator": {"reopen"},
        "Manager": {"reopen"},
    },
}


OUTSIDERS = {"Anonymous", "Authenticated", "IaCopyReader"}  # never see internal notes

MATRIX = matrix(
    TYPE,
    WORKFLOW,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)


case_in = in_state_fixture(TYPE)


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "received"


class TestFlow:
    def test_full_cycle_with_back_transitions(self, case_in):
        case = case_in("received")
        steps = (
            ("IaEncoder", "treat", "in_treatment", ""),
            ("IaAgent", "back_to_received", "received", "Pas pour notre service"),
            ("IaServiceManager", "treat", "in_treatment", ""),
            ("IaAgent", "close", "closed", ""),
            ("IaServiceManager", "reopen", "in_treatment", "Réponse incomplète"),
            ("IaEditor", "close", "closed", ""),
        )
        history = play(case, steps)
        assert {h["actor"] for h in history} == {TEST_USER_ID}


class TestRefusals:
    def test_agent_cannot_reopen(self, case_in):
        case = case_in("closed")
        assert_role_refused(case, "IaAgent", "reopen", "closed")

    def test_copy_reader_cannot_close(self, case_in):
        case = case_in("in_treatment")
        assert_role_refused(case, "IaCopyReader", "close", "in_treatment")

    def test_unknown_transition(self, case_in):
        case = case_in("received")
        act_as(case, "Manager")
        with pytest.raises(api.exc.InvalidParameterError) as info:
            api.content.transition(obj=case, transition="publish")
        assert "treat" in str(info.value)
        assert api.content.get_state(case) == "received"


setup = rest_fixture(
    TYPE, "case", {"encoder": "IaEncoder", "copy": "IaCopyReader"}, title="Demande"
)


class TestRest:
    def test_encoder_puts_in_treatment(self, setup):
        case, base = setup
        response = rest("POST", f"{base}/case/@workflow/treat", "encoder")
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "in_treatment"
        transaction.begin()
        assert api.content.get_state(case) == "in_treatment"

    def test_copy_reader_is_refused(self, setup):
        case, base = setup
        assert rest("GET", f"{base}/case", "copy").status_code == 200
        response = rest("POST", f"{base}/case/@workflow/treat", "copy")
        assert_rest_refused(response, case, "received")
