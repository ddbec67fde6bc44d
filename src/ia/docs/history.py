"""What the history of a mail says (issue 12).

The assignment row names the agent: after ``propose_to_agent`` the comment
of the workflow record starts with "Assigned to <full name>." (the history
page and ``@ia-audit`` read it as any comment).
"""

from ia.docs import _
from ia.docs.workflows import INCOMING_WORKFLOW
from plone import api
from zope.i18n import translate


ASSIGN = "propose_to_agent"


def _fullname(userid):
    user = api.user.get(userid=userid) if userid else None
    return ((user.getProperty("fullname") or "") if user is not None else "") or (
        userid or ""
    )


def name_the_agent(obj, event):
    """After ``propose_to_agent``: the record names the assigned agent."""
    transition = getattr(event, "transition", None)
    if transition is None or transition.id != ASSIGN:
        return
    agent = getattr(obj, "assigned_agent", None)
    history = getattr(obj, "workflow_history", None) or {}
    records = history.get(INCOMING_WORKFLOW)
    if not agent or not records:
        return
    record = dict(records[-1])
    if record.get("action") != ASSIGN:
        return
    said = translate(
        _(
            "msg_assigned_to",
            default="Assigned to ${agent}.",
            mapping={"agent": _fullname(agent)},
        ),
        context=getattr(obj, "REQUEST", None),
    )
    comment = record.get("comments") or ""
    record["comments"] = f"{said} {comment}".strip()
    # workflow_history values are tuples: replace the last record.
    history[INCOMING_WORKFLOW] = tuple(records[:-1]) + (record,)
