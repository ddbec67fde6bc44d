"""Ids, states and balls of iA.Delib's own workflows."""

from ia.core.workflows.ball import WorkflowBall


ITEM_WORKFLOW = "ia_delib_item_workflow"
MEETING_WORKFLOW = "ia_delib_meeting_workflow"
BODY_WORKFLOW = "ia_delib_body_workflow"

MEETING_MANAGER = "IaMeetingManager"

# The decisions a meeting takes on an item; a meeting closes only when every
# item of its agenda is in one of them.
DECIDED_STATES = (
    "accepted",
    "accepted_modified",
    "refused",
    "delayed",
    "postponed",
    "removed",
)
# Meetings that still accept items.
OPEN_MEETING_STATES = ("created", "frozen")

ITEM_BALL = WorkflowBall(
    {
        "created": ("IaEncoder", "IaEditor"),
        "proposed": ("IaReviewer1",),
        "proposed_n2": ("IaReviewer2",),
        "proposed_n3": ("IaReviewer3",),
        "validated": (MEETING_MANAGER,),
        "presented": (MEETING_MANAGER,),
        "frozen": (MEETING_MANAGER,),
        "published": (MEETING_MANAGER,),
        "accepted": (),
        "accepted_modified": (),
        "refused": (),
        "delayed": (MEETING_MANAGER,),  # to present again to a later meeting
        "postponed": (),
        "removed": (),
    }
)

MEETING_BALL = WorkflowBall(
    {
        "created": (MEETING_MANAGER,),
        "frozen": (MEETING_MANAGER,),
        "published": (MEETING_MANAGER,),
        "decided": (MEETING_MANAGER,),
        "closed": (),
    }
)
