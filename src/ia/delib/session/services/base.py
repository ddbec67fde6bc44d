"""What the session's write services share: the meeting, the meeting
managers' check, the JSON body handed to ``act(data)``."""

from ia.core.errors import Forbidden
from ia.core.rest import IaService
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.session.store import meeting_of
from plone import api


MANAGERS_ONLY = _("Only the meeting managers run the session.")


class SessionService(IaService):
    """A POST of the session; the subclass's ``act(data)`` does the work,
    once the meeting and the user's right are checked."""

    def meeting(self):
        return (
            self.context
            if self.context.portal_type == "IaDelibMeeting"
            else (meeting_of(self.context))
        )

    def answer(self):
        meeting = self.meeting()
        if meeting is None:
            raise DelibError(_("This item is not on the agenda of a meeting."))
        if not api.user.has_permission("Modify portal content", obj=meeting):
            raise Forbidden(MANAGERS_ONLY)
        return self.act(self.body())
