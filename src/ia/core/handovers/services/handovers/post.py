"""POST ``@ia-handovers`` ``{"handover": id, <options>}``: perform it (201)."""

from ia.core.handovers import api as handovers
from ia.core.rest import IaService
from plone import api


class HandoversPost(IaService):
    def answer(self):
        data = dict(self.body())
        handover = self.field(data, "handover", str, required=True, max_length=200)
        del data["handover"]
        data.pop("source", None)  # the document is the context
        target = handovers.hand_over(source=self.context, handover=handover, **data)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", target.absolute_url())
        return {
            "@id": target.absolute_url(),
            "UID": api.content.get_uuid(target),
            "title": target.Title(),
        }
