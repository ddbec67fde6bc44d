"""Mail → iA.Delib over REST.

::

    GET  <mail>/@ia-delib-link          -> {"item", "can_send", "bodies"}
    POST <mail>/@ia-send-to-delib {"body": <body uid, optional>}
         -> 201 {"@id", "UID", "title", "review_state", "body"}

Refusals answer 400 with the translated reason; nothing is created.
"""

from ia.core.rest import IaService
from ia.docs.delib_link import api as delib_link
from ia.docs.delib_link.browser import item_row
from ia.docs.letters.services import BAD_BODY
from ia.docs.letters.services import read_body
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides
import transaction


class DelibLinkGet(IaService):
    def reply(self):
        item = delib_link.item_of(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-delib-link",
            "item": item_row(item) if item is not None else None,
            "can_send": delib_link.can_send(self.context),
            "bodies": [
                {"UID": api.content.get_uuid(body), "title": body.Title()}
                for body in delib_link.bodies_for(self.context)
            ],
        }


class SendToDelibPost(IaService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        data = read_body(self.request)
        body = data.get("body") if data is not None else None
        if data is None or (body is not None and not isinstance(body, str)):
            return self.error(400, BAD_BODY)
        try:
            item = delib_link.send_to_delib(self.context, body or None)
        except delib_link.DelibLinkError as exc:
            transaction.doom()
            return self.refuse(exc)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", item.absolute_url())
        return {
            "@id": item.absolute_url(),
            "UID": api.content.get_uuid(item),
            "title": item.Title(),
            "review_state": api.content.get_state(item),
            "body": api.content.get_uuid(item.aq_parent),
        }
