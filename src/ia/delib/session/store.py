"""Where the session data lives, and the checks shared by its modules.

Nothing here is a schema field: the data are plain persistent attributes,
each value replaced as a whole (never mutated in place) so that the ZODB
sees every change.

On the meeting:

- ``ia_attendees``: ``PersistentList`` of dicts ``{"uid", "name",
  "function", "presence", "proxy_uid"}`` in the meeting's order (``name``
  and ``function`` are copied from the directory when the attendee is added,
  so that the minutes keep them even once the position has ended);
- ``ia_guests``: ``PersistentList`` of names;
- ``ia_presence_moves``: ``PersistentList`` of dicts ``{"uid", "item",
  "move"}``: the attendee ``uid`` left (``move="leave"``) or joined
  (``"arrive"``) the meeting from the item with UID ``item`` on.

On an item:

- ``ia_item_presence``: ``{"meeting": <meeting UID>, "moves": {uid: "leave" |
  "arrive"}}``: who left or arrived for this item only;
- ``ia_votes``: see ``ia.delib.session.votes``.
"""

from ia.delib import _
from ia.delib.agenda import unrestricted_get
from ia.delib.errors import DelibError
from plone import api


MANAGEABLE_MEETING_STATES = ("created", "frozen", "published", "decided")
VOTING_MEETING_STATES = ("frozen", "published", "decided")


def meeting_of(item):
    """The meeting ``item`` is presented to, or None."""
    meeting = unrestricted_get(getattr(item, "meeting_uid", None))
    if meeting is None or meeting.portal_type != "IaDelibMeeting":
        return None
    return meeting


def require_meeting(item):
    meeting = meeting_of(item)
    if meeting is None:
        raise DelibError(_("This item is not on the agenda of a meeting."))
    return meeting


def check_can_manage(meeting) -> None:
    """Refuse unless the user may modify ``meeting`` and it is not closed."""
    if not api.user.has_permission("Modify portal content", obj=meeting):
        raise DelibError(_("You may not change the attendance of this meeting."))
    if api.content.get_state(meeting) not in MANAGEABLE_MEETING_STATES:
        raise DelibError(
            _("The meeting is closed: its attendance can no longer change.")
        )
