"""``POST <meeting>/@ia-session/attendance``: one attendance change; answers
the whole session (as ``GET @ia-session``).

Bodies (``action`` chooses)::

    {"action": "presence", "uid": <attendee>, "presence": "proxy", "proxy_uid": <holder>}
    {"action": "voting", "uid": <attendee>, "voting": false}
    {"action": "add", "uid": <held position>}      {"action": "remove", "uid": ...}
    {"action": "guests", "guests": ["M. Expert", ...]}
    {"action": "leave" | "arrive", "item": <item UID>, "uid": ..., "onwards": false}
"""

from ia.core.errors import NotFound
from ia.core.rest import PathService
from ia.delib import _
from ia.delib.agenda import unrestricted_get
from ia.delib.errors import DelibError
from ia.delib.session import attendance
from ia.delib.session.serialize import session_data
from ia.delib.session.services.base import SessionService
from plone import api


class AttendancePost(SessionService, PathService):
    def answer(self):
        if self.params != ["attendance"]:
            raise NotFound(_("Unknown session service: use @ia-session/attendance."))
        return super().answer()

    def act(self, data):
        action, uid = data.get("action"), data.get("uid")
        meeting = self.context
        if action == "presence":
            attendance.set_presence(
                meeting, uid, data.get("presence"), data.get("proxy_uid")
            )
        elif action == "voting":
            attendance.set_voting(meeting, uid, data.get("voting"))
        elif action == "add":
            attendance.add_attendee(meeting, uid)
        elif action == "remove":
            attendance.remove_attendee(meeting, uid)
        elif action == "guests":
            attendance.set_guests(
                meeting,
                self.field(
                    data,
                    "guests",
                    list,
                    default=[],
                    max_length=100,
                    item_max_length=200,
                ),
            )
        elif action in ("leave", "arrive"):
            item = unrestricted_get(data.get("item"))
            if (
                item is None
                or item.portal_type != "IaDelibItem"
                or item.meeting_uid != api.content.get_uuid(meeting)
            ):
                raise DelibError(_("Name an item of this meeting's agenda (its UID)."))
            move = (
                attendance.item_leave if action == "leave" else attendance.item_arrive
            )
            move(item, uid, onwards=bool(data.get("onwards")))
        else:
            raise DelibError(
                _(
                    "msg_bad_attendance_action",
                    default="Unknown action ${action}: use presence, voting, add, "
                    "remove, guests, leave or arrive.",
                    mapping={"action": str(action)},
                )
            )
        return session_data(meeting)
