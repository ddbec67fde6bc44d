"""``POST /courrier/@ia-assign``: the batch "assign to" over REST.

Body: ``{"mails": [uid, ...], "agent": "<user id>", "comment": "..."}``.
Answer: ``{"agent", "succeeded", "refused", "items": [{"uid", "title",
"url", "success", "message", "review_state"}, ...]}``; a bad body or agent
answers 400 and changes nothing.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.dashboards.assign import assign
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides


class AssignPost(IaService):
    def reply(self):
        if api.user.is_anonymous():
            return self.error(401, _("Log in to assign mails."))
        # Token-authenticated JSON API: plone.restapi's own write services do the same.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            body = json_body(self.request)
        except Exception:
            body = None
        if not isinstance(body, dict):
            return self.error(400, _("The request body must be a JSON object."))
        try:
            results = assign(
                body.get("mails"),
                body.get("agent"),
                body.get("comment") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            return self.error(400, exc.message)
        succeeded = sum(1 for result in results if result.success)
        return {
            "agent": body.get("agent"),
            "succeeded": succeeded,
            "refused": len(results) - succeeded,
            "items": [result.as_dict() for result in results],
        }
