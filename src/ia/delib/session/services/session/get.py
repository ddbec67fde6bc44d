"""``GET <meeting>/@ia-session``: the session (meeting managers only)."""

from ia.core.errors import Forbidden
from ia.core.rest import IaService
from ia.delib.session.serialize import session_data
from ia.delib.session.services.base import MANAGERS_ONLY
from plone import api


class SessionGet(IaService):
    def answer(self):
        if not api.user.has_permission("Modify portal content", obj=self.context):
            raise Forbidden(MANAGERS_ONLY)
        return session_data(self.context)
