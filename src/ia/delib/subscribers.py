"""Rules of the item and meeting workflows that a guard cannot express.

Before a transition (refusing raises ``DelibError``, a ``WorkflowException``
with a clear message: the state does not change):

- ``present``: the item needs a target meeting (its ``preferred_meeting``)
  of the same body that still accepts items (created or frozen);
- ``back_to_frozen`` (undoing a decision): not once the meeting is closed;
- meeting ``close``: every item of the agenda is decided.

After a transition: the presented item joins the agenda (and is frozen at
once if the meeting already is); an item sent back leaves it; a delayed
item made valid again is free for a later meeting; freezing or publishing a
meeting freezes or publishes its items.
"""

from ia.delib import _
from ia.delib import agenda
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from ia.delib.workflows import accepts_items
from ia.delib.workflows import decided_states
from plone import api


# meeting transition -> (state of its items, item transition)
CASCADES = {
    "freeze": ("presented", "freeze"),
    "publish": ("frozen", "publish"),
}


def _transition_id(event):
    return event.transition.getId() if event.transition is not None else None


def target_meeting(item):
    """The meeting ``item`` is (to be) presented to, or None."""
    uid = item.meeting_uid or item.preferred_meeting
    return api.content.get(UID=uid) if uid else None


def check_can_present(item, meeting) -> None:
    """Raise ``DelibError`` unless ``item`` may be presented to ``meeting``."""
    if meeting is None:
        raise DelibError(
            _("Choose the meeting to present the item to (preferred meeting).")
        )
    if meeting.portal_type != "IaDelibMeeting" or body_of(meeting) != body_of(item):
        raise DelibError(_("The meeting does not belong to the item's body."))
    state = api.content.get_state(meeting)
    if not accepts_items(meeting):
        raise DelibError(
            _(
                "msg_meeting_not_open",
                default="The meeting ${meeting} is ${state}: it no longer "
                "accepts items. Choose a meeting that is created or frozen.",
                mapping={"meeting": meeting.Title(), "state": state},
            )
        )


def undecided_items(meeting) -> list:
    decided = decided_states(meeting)
    return [
        item
        for item in agenda.items(meeting)
        if api.content.get_state(item) not in decided
    ]


def item_before_transition(item, event):
    transition = _transition_id(event)
    if transition == "present":
        check_can_present(item, target_meeting(item))
    elif transition == "back_to_frozen":
        meeting = target_meeting(item)
        if meeting is not None and api.content.get_state(meeting) == "closed":
            raise DelibError(
                _("The meeting is closed: its decisions can no longer change.")
            )


def item_after_transition(item, event):
    transition = _transition_id(event)
    if transition == "present":
        meeting = target_meeting(item)
        agenda.add(meeting, item)
        if api.content.get_state(meeting) == "frozen":
            api.portal.get_tool("portal_workflow").doActionFor(item, "freeze")
    elif transition == "back_to_validated":
        meeting = target_meeting(item)
        if meeting is not None:
            agenda.remove(meeting, item)
        item.preferred_meeting = None
    elif transition == "revalidate":
        # Delayed: the item stays in the old meeting's history (workflow
        # history, agenda UIDs) and is free for a later meeting.
        item.meeting_uid = None
        item.item_number = None
        item.preferred_meeting = None
    item.reindexObject()


def meeting_before_transition(meeting, event):
    if _transition_id(event) != "close":
        return
    pending = undecided_items(meeting)
    if pending:
        listed = ", ".join(f"{item.item_number}. {item.Title()}" for item in pending)
        raise DelibError(
            _(
                "msg_meeting_undecided",
                default="The meeting cannot be closed: ${count} item(s) "
                "not decided yet (${items}).",
                mapping={"count": len(pending), "items": listed},
            )
        )


def meeting_after_transition(meeting, event):
    cascade = CASCADES.get(_transition_id(event))
    if cascade is None:
        return
    state, transition = cascade
    wf_tool = api.portal.get_tool("portal_workflow")
    for item in agenda.items(meeting):
        if api.content.get_state(item) == state:
            wf_tool.doActionFor(item, transition)
