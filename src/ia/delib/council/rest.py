"""College → council over REST.

::

    GET  <item>/@ia-council-link   -> {"sent_to", "sent_from", "can_send"}
    POST <item>/@ia-send-to-council {"body": <council uid, optional>}
         -> 201 {"@id", "UID", "title", "reference", "review_state"}

Refusals answer 400 with a translated message; nothing is created.
"""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.council import api as council_api
from ia.delib.council.browser import link_data
from ia.delib.errors import DelibError
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides
import transaction


class CouncilLinkGet(IaService):
    def reply(self):
        data = link_data(self.context)
        data["@id"] = f"{self.context.absolute_url()}/@ia-council-link"
        return data


class SendToCouncilPost(IaService):
    def reply(self):
        # A JSON API call (authenticated by header): no CSRF token to check.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request) if self.request.get("BODY") else {}
        except Exception:
            data = None
        if not isinstance(data, dict):
            return self.error(400, _("The request body must be a JSON object."))
        body = data.get("body")
        if body is not None and not isinstance(body, str):
            return self.error(400, _("The body must be a council UID."))
        try:
            new = council_api.send_to_council(self.context, body or None)
        except DelibError as exc:
            transaction.doom()
            return self.error(400, exc.message)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", new.absolute_url())
        return {
            "@id": new.absolute_url(),
            "UID": api.content.get_uuid(new),
            "title": new.Title(),
            "reference": getattr(new, "reference", None),
            "review_state": api.content.get_state(new),
        }
