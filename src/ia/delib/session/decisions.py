"""Deciding an item in session: adjust the decision text and take the
decision in one call.

``decide(item, "accept_modified", decision="<p>...</p>")`` stores the text
(the item's ``decision`` rich text) and triggers the transition; when the
workflow refuses (no permission, a rule of the meeting), the text is put
back and the state does not change: a ``DelibError`` says why.
"""

from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.session.store import require_meeting
from ia.delib.session.urgency import check_urgency_accepted
from ia.delib.session.urgency import is_urgent
from ia.delib.session.urgency import urgency_outcome
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFCore.WorkflowCore import WorkflowException


# The decisions of a meeting on an item, in the order of the console's keys.
DECISIONS = ("accept", "accept_modified", "refuse", "delay", "postpone", "remove")


def allowed_decisions(item) -> list[str]:
    """The decision transitions the current user may take on ``item`` now."""
    wf_tool = api.portal.get_tool("portal_workflow")
    available = {t["id"] for t in wf_tool.getTransitionsFor(item)}
    if is_urgent(item) and urgency_outcome(item) != "accepted":
        available &= {"remove"}  # treated once the urgency is accepted
    return [transition for transition in DECISIONS if transition in available]


def decision_html(item) -> str:
    """The decision text of ``item`` as stored (HTML), '' when empty."""
    value = getattr(item, "decision", None)
    return value.raw if value is not None else ""


def set_decision_text(item, html: str) -> None:
    """Replace the decision text (needs the right to modify the item)."""
    if not isinstance(html, str):
        raise DelibError(_("The decision text must be text (HTML)."))
    if not api.user.has_permission("Modify portal content", obj=item):
        raise DelibError(_("You may not change the decision text of this item."))
    item.decision = RichTextValue(html, "text/html", "text/x-html-safe")


def decide(item, transition: str, decision: str | None = None) -> str:
    """Store ``decision`` (if given) and take ``transition``; the new state."""
    require_meeting(item)
    if transition not in DECISIONS:
        raise DelibError(
            _(
                "msg_unknown_decision",
                default="Unknown decision ${transition}: choose accept, "
                "accept_modified, refuse, delay, postpone or remove.",
                mapping={"transition": str(transition)},
            )
        )
    check_urgency_accepted(item, transition)
    if transition not in allowed_decisions(item):
        raise DelibError(
            _(
                "msg_decision_not_allowed",
                default="You may not take the decision ${transition} on this "
                "item in its state ${state}.",
                mapping={
                    "transition": transition,
                    "state": api.content.get_state(item),
                },
            )
        )
    previous = getattr(item, "decision", None)
    if decision is not None:
        set_decision_text(item, decision)
    try:
        api.portal.get_tool("portal_workflow").doActionFor(item, transition)
    except WorkflowException as exc:
        item.decision = previous
        if isinstance(exc, DelibError):
            raise
        raise DelibError(str(exc)) from exc
    item.reindexObject()
    return api.content.get_state(item)
