"""Permissions of the request type: every state x every role, with the
core's harness (``ia.core.workflows.testing``, tests/core/workflow_helpers).

The type is bound to ia_case_workflow unchanged, so the expected tables are
the core's specification of that workflow (tests/core/test_workflow_case.py),
checked here on the product's type with its behaviors. A product with a
workflow of its own writes its tables out in this module.
"""

from ia.core.workflows.testing import WorkflowMatrixTests
from tests.core.test_workflow_case import DELETE
from tests.core.test_workflow_case import EDIT
from tests.core.test_workflow_case import OUTSIDERS
from tests.core.test_workflow_case import TRANSITIONS
from tests.core.test_workflow_case import VIEW
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix
from tests.example.ia_example.content import TYPE


MATRIX = matrix(
    TYPE,
    "ia_case_workflow",
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)

request_in_state = in_state_fixture(TYPE)


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "received"


def test_copy_reader_cannot_close(request_in_state):
    request = request_in_state("in_treatment")
    assert_role_refused(request, "IaCopyReader", "close", "in_treatment")
