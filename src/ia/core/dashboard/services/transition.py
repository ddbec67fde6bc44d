"""POST ``@ia-dashboard/<list id>/@transition``: a batch workflow transition.

Body: ``{"items": [uid, ...], "transition": "...", "comment": "..."}``.
Answer: one result per uid (``success``, ``message``, ``review_state``).
"""

from ia.core import _
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.services.base import DashboardService
from ia.core.dashboard.transitions import apply_transition
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides


class DashboardTransitionPost(DashboardService):
    def reply(self):
        if len(self.params) != 2 or self.params[1] != "@transition":
            return self.not_found("/".join(self.params))
        dlist = self.lookup(self.params[0])
        if dlist is None:
            return self.not_found(self.params[0])
        # Token-authenticated JSON API: plone.restapi's own write services do the same.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            body = json_body(self.request)
        except Exception:
            return self.error(400, _("The request body must be a JSON object."))
        if not isinstance(body, dict):
            return self.error(400, _("The request body must be a JSON object."))
        try:
            results = apply_transition(
                body.get("items"),
                body.get("transition"),
                body.get("comment") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            return self.error(400, exc.message)
        succeeded = sum(1 for result in results if result.success)
        return {
            "transition": body.get("transition"),
            "succeeded": succeeded,
            "refused": len(results) - succeeded,
            "items": [result.as_dict() for result in results],
        }
