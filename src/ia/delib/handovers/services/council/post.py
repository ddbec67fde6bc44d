"""``POST <college item>/@ia-send-to-council {"body": <council uid, optional>}``:
kept for one release, the hand-over ``ia.delib.council_item_from_college_item``
under its old name (``POST <item>/@ia-handovers`` is the new one).

Answers 201 ``{"@id", "UID", "title", "reference", "review_state"}``;
refusals answer with the translated reason and create nothing.
"""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.rest import IaService
from ia.delib import _
from ia.delib.handovers.council_item import HANDOVER
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides
import transaction


class SendToCouncilPost(IaService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request) if self.request.get("BODY") else {}
        except Exception:
            data = None
        if not isinstance(data, dict):
            return self.error(400, _("The request body must be a JSON object."))
        options = {"body": data["body"]} if data.get("body") is not None else {}
        try:
            new = handovers.hand_over(
                source=self.context, handover=HANDOVER.id, **options
            )
        except IaError as exc:
            transaction.doom()
            return self.refuse(exc)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", new.absolute_url())
        return {
            "@id": new.absolute_url(),
            "UID": api.content.get_uuid(new),
            "title": new.Title(),
            "reference": getattr(new, "reference", None),
            "review_state": api.content.get_state(new),
        }
