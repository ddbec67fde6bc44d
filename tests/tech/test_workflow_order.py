"""Permissions of ia_tech_order_workflow: every state x every role, and
the whole life of an order (to_plan → planned → in_progress → done →
closed). The tables are the specification (docs/tech-guide.md)."""

from datetime import date
from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import play
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix


TYPE = "IaTechOrder"
ADMINS = {"Site Administrator", "Manager"}
INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
STATES = ("to_plan", "planned", "in_progress", "done", "closed", "cancelled")
WORKERS = {"IaEditor", "IaAgent", "IaServiceManager"} | ADMINS

VIEW = {state: INSIDE for state in STATES}
EDIT = {
    "to_plan": {"Owner", "IaEncoder", "IaServiceManager"} | ADMINS,
    "planned": {"IaEncoder"} | WORKERS,
    "in_progress": WORKERS,
    "done": {"IaServiceManager"} | ADMINS,
    "closed": ADMINS,
    "cancelled": ADMINS,
}
DELETE = {state: ADMINS for state in STATES}
DELETE["to_plan"] = {"IaServiceManager"} | ADMINS
HEADS = {"IaServiceManager"} | ADMINS
TRANSITIONS = {
    "to_plan": {role: {"plan", "cancel"} for role in {"IaEncoder"} | HEADS},
    "planned": {
        "IaEncoder": {"start", "unplan", "cancel"},
        "IaEditor": {"start"},
        "IaAgent": {"start"},
        **{role: {"start", "unplan", "cancel"} for role in HEADS},
    },
    "in_progress": {
        "IaEditor": {"finish"},
        "IaAgent": {"finish"},
        **{role: {"finish", "cancel"} for role in HEADS},
    },
    "done": {role: {"close", "resume"} for role in HEADS},
    "closed": {},
    "cancelled": {},
}

MATRIX = matrix(
    TYPE,
    "ia_tech_order_workflow",
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders={"Anonymous", "Authenticated", "IaCopyReader"},
)

order_in_state = in_state_fixture(TYPE)


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "to_plan"


def test_whole_life(order_in_state):
    order = order_in_state("to_plan")
    order.team, order.planned_date = "voirie-uid", date(2026, 12, 9)  # @@tech-plan's
    play(
        order,
        (
            ("IaEncoder", "plan", "planned", ""),
            ("IaAgent", "start", "in_progress", ""),
            ("IaAgent", "finish", "done", ""),
            ("IaServiceManager", "resume", "in_progress", "Il manque le marquage"),
            ("IaEditor", "finish", "done", ""),
            ("IaServiceManager", "close", "closed", ""),
        ),
    )


def test_agent_cannot_close(order_in_state):
    order = order_in_state("done")
    assert_role_refused(order, "IaAgent", "close", "done")


def test_agent_cannot_cancel(order_in_state):
    order = order_in_state("in_progress")
    assert_role_refused(order, "IaAgent", "cancel", "in_progress")
