"""Who "has the ball" in each state of the shared workflows.

The dashboards combine it with the user's function groups
(``ia.core.orgchart.api``) to build catalog queries such as "to validate by
me" or "to treat by me". Roles that may act in every state
(``IaServiceManager``, ``Manager``) are not listed: the ball is the role
whose *turn* it is. Final states have no ball.

The shared workflows are described here as pure data (no site needed);
products describe their own workflows with a :class:`WorkflowBall` utility
providing :class:`~ia.core.workflows.interfaces.IWorkflowBall`, named after
the workflow id (see ``docs/workflows.md``).
"""

from ia.core.workflows.interfaces import IWorkflowBall
from ia.core.workflows.states import CASE_WORKFLOW
from ia.core.workflows.states import PUBLICATION_WORKFLOW
from ia.core.workflows.states import VALIDATION_WORKFLOW
from zope.component import queryUtility
from zope.interface import implementer


BALL = {
    VALIDATION_WORKFLOW: {
        "draft": ("IaEncoder", "IaEditor"),
        "proposed": ("IaReviewer1",),
        "proposed_n2": ("IaReviewer2",),
        "proposed_n3": ("IaReviewer3",),
        "validated": (),
    },
    CASE_WORKFLOW: {
        "received": ("IaEncoder", "IaServiceManager"),
        "in_treatment": ("IaAgent",),
        "closed": (),
    },
    PUBLICATION_WORKFLOW: {
        "private": ("IaEditor",),
        "proposed": ("IaReviewer1", "IaServiceManager"),
        "published": (),
        "archived": (),
    },
}


@implementer(IWorkflowBall)
class WorkflowBall:
    """The ball of a product's workflow: ``WorkflowBall({"draft": ("IaEditor",)})``."""

    def __init__(self, states: dict[str, tuple[str, ...]]):
        self.states = {state: tuple(roles) for state, roles in states.items()}


def _states(workflow_id: str) -> dict[str, tuple[str, ...]]:
    if workflow_id in BALL:
        return BALL[workflow_id]
    ball = queryUtility(IWorkflowBall, name=workflow_id)
    if ball is None:
        raise ValueError(
            f"Unknown workflow {workflow_id!r}: neither shared "
            f"({', '.join(BALL)}) nor described by an IWorkflowBall utility"
        )
    return ball.states


def roles_for_state(workflow_id: str, state: str) -> tuple[str, ...]:
    """Roles that have the ball in ``state`` of ``workflow_id``."""
    states = _states(workflow_id)
    if state not in states:
        raise ValueError(f"Workflow {workflow_id!r} has no state {state!r}")
    return states[state]


def states_for_role(workflow_id: str, role: str) -> tuple[str, ...]:
    """States of ``workflow_id`` in which ``role`` has the ball (workflow order)."""
    return tuple(
        state for state, roles in _states(workflow_id).items() if role in roles
    )
