"""``ia_task_workflow`` (definition: ``profiles/default/workflows``): its id,
final states and who has the ball (``ia.core.workflows.ball``)."""

from ia.core.workflows.ball import WorkflowBall


TASK_WORKFLOW = "ia_task_workflow"
# Also listed in registry record ia.core.final_states (registry/workflows.xml).
FINAL_STATES = ("done", "cancelled")

TASK_BALL = WorkflowBall(
    {
        "to_do": ("IaAgent", "IaEditor"),
        "in_progress": ("IaAgent",),
        "done": (),
        "cancelled": (),
    }
)
