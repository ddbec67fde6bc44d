"""``POST <college item>/@ia-send-to-council {"body": <council uid, optional>}``:
kept for one release, the hand-over ``ia.delib.council_item_from_college_item``
under its old name (``POST <item>/@ia-handovers`` is the new one).

Answers 201 ``{"@id", "UID", "title", "reference", "review_state"}``;
refusals answer with the translated reason and create nothing.
"""

from ia.core.handovers import api as handovers
from ia.core.rest import IaService
from ia.delib.handovers.council_item import HANDOVER
from plone import api


class SendToCouncilPost(IaService):
    def answer(self):
        body = self.field(self.body(), "body", str, max_length=200)
        options = {"body": body} if body else {}
        new = handovers.hand_over(source=self.context, handover=HANDOVER.id, **options)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", new.absolute_url())
        return {
            "@id": new.absolute_url(),
            "UID": api.content.get_uuid(new),
            "title": new.Title(),
            "reference": getattr(new, "reference", None),
            "review_state": api.content.get_state(new),
        }
