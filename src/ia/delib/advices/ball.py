"""Who has the ball on an advice (``ia_ball`` index, core dashboards)."""

from ia.core.workflows.ball import WorkflowBall


ADVICE_BALL = WorkflowBall(
    {
        "under_edit": ("IaEditor", "IaServiceManager"),
        "given": (),
    }
)
