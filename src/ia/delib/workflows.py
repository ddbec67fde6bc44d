"""Ids of iA.Delib's own workflows and the facts their XML adds.

Final states and who has the ball are the core's state variables
(``ia_final``, ``ia_ball``: ``ia.core.workflows.facts``). The item and
meeting workflows declare two more, read here:

- ``ia_decided`` (item): the meeting has decided on the item (accepted,
  accepted_modified, refused, delayed, postponed, removed; ``delayed`` is
  decided but not final: the item goes to a later meeting). A meeting
  closes only when every item of its agenda is decided;
- ``ia_accepted`` (item): the meeting has accepted the item, possibly
  modified (accepted, accepted_modified): a college item may then go on to
  the council;
- ``ia_accepts_items`` (meeting): the meeting still accepts items (created,
  frozen).
"""

from ia.core.workflows.facts import current_value
from ia.core.workflows.facts import states_where


ITEM_WORKFLOW = "ia_delib_item_workflow"
MEETING_WORKFLOW = "ia_delib_meeting_workflow"
BODY_WORKFLOW = "ia_delib_body_workflow"

MEETING_MANAGER = "IaMeetingManager"

DECIDED = "ia_decided"
ACCEPTED = "ia_accepted"
ACCEPTS_ITEMS = "ia_accepts_items"


def decided_states(context=None) -> tuple[str, ...]:
    """The item states in which the meeting has decided (workflow order)."""
    return states_where(ITEM_WORKFLOW, DECIDED, context)


def is_decided(item) -> bool:
    return bool(current_value(item, DECIDED))


def is_accepted(item) -> bool:
    return bool(current_value(item, ACCEPTED))


def open_meeting_states(context=None) -> tuple[str, ...]:
    """The meeting states in which a meeting still accepts items."""
    return states_where(MEETING_WORKFLOW, ACCEPTS_ITEMS, context)


def accepts_items(meeting) -> bool:
    return bool(current_value(meeting, ACCEPTS_ITEMS))
