"""Permissions of ia_tech_request_workflow: every state x every role.

The expected tables are written out here: they are the specification
(docs/tech-guide.md), not a copy of the XML.
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing_facts import check_installed_facts
from ia.core.workflows.testing_facts import definition_paths
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix
import ia.tech
import pytest


TYPE = "IaTechRequest"
ADMINS = {"Site Administrator", "Manager"}
INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
TRIAGE = {"accept", "refuse", "mark_duplicate"}

VIEW = {state: INSIDE for state in ("submitted", "accepted", "refused", "duplicate")}
EDIT = {
    "submitted": {"Owner", "IaEncoder", "IaEditor", "IaServiceManager"} | ADMINS,
    "accepted": ADMINS,
    "refused": ADMINS,
    "duplicate": ADMINS,
}
DELETE = {
    "submitted": {"Owner", "IaServiceManager"} | ADMINS,
    "accepted": ADMINS,
    "refused": ADMINS,
    "duplicate": ADMINS,
}
REOPEN = {role: {"reopen"} for role in {"IaServiceManager"} | ADMINS}
TRANSITIONS = {
    "submitted": {role: TRIAGE for role in {"IaEncoder", "IaServiceManager"} | ADMINS},
    "accepted": {},
    "refused": REOPEN,
    "duplicate": REOPEN,
}

MATRIX = matrix(
    TYPE,
    "ia_tech_request_workflow",
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders={"Anonymous", "Authenticated", "IaCopyReader"},
)

request_in_state = in_state_fixture(TYPE)


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "submitted"


def test_agent_cannot_triage(request_in_state):
    request = request_in_state("submitted")
    assert_role_refused(request, "IaAgent", "accept", "submitted")


@pytest.mark.parametrize("path", definition_paths(ia.tech), ids=lambda p: p.parent.name)
def test_facts_installed(portal, path):
    setRoles(portal, TEST_USER_ID, ["Manager"])  # the export needs it
    check_installed_facts(portal, path)
