"""What the session services share: the JSON body, the meeting managers'
check, DelibError answered as 400 (the transaction doomed)."""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.session.store import meeting_of
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides
import transaction


class SessionService(IaService):
    """A POST of the session: ``self.meeting`` is the meeting in session."""

    def error(self, status, message, error_type=None):
        transaction.doom()
        return super().error(status, message, error_type)

    def meeting(self):
        return (
            self.context
            if self.context.portal_type == "IaDelibMeeting"
            else (meeting_of(self.context))
        )

    def reply(self):
        # A JSON API call (authenticated by header), as plone.restapi's own
        # POST services: no CSRF token to check.
        alsoProvides(self.request, IDisableCSRFProtection)
        meeting = self.meeting()
        if meeting is None:
            return self.error(400, _("This item is not on the agenda of a meeting."))
        if not api.user.has_permission("Modify portal content", obj=meeting):
            return self.error(403, _("Only the meeting managers run the session."))
        try:
            data = json_body(self.request)
        except Exception:
            return self.error(400, _("The body of the request must be JSON."))
        if not isinstance(data, dict):
            return self.error(400, _("The body of the request must be a JSON object."))
        try:
            return self.act(data)
        except DelibError as exc:
            return self.error(400, exc.message)
