"""POST ``@ia-handovers`` ``{"handover": id, <options>}``: perform it (201)."""

from ia.core import _
from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.handovers.errors import HandoverError
from ia.core.handovers.services.handovers.body import read_body
from ia.core.rest import IaService
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class HandoversPost(IaService):
    def reply(self):
        data = dict(read_body(self.request))
        handover = data.pop("handover", None)
        data.pop("source", None)  # the document is the context
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            if not handover or not isinstance(handover, str):
                raise HandoverError(
                    _(
                        "msg_handover_missing",
                        default="Say which hand-over: 'handover'.",
                    )
                )
            target = handovers.hand_over(source=self.context, handover=handover, **data)
        except IaError as error:
            return self.refuse(error)
        self.request.response.setStatus(201)
        return {
            "@id": target.absolute_url(),
            "UID": api.content.get_uuid(target),
            "title": target.Title(),
        }
