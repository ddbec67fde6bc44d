"""``GET <meeting>/@ia-session``: the session (meeting managers only)."""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.session.rest.serialize import session_data
from plone import api


class SessionGet(IaService):
    def reply(self):
        if not api.user.has_permission("Modify portal content", obj=self.context):
            return self.error(403, _("Only the meeting managers run the session."))
        return session_data(self.context)
