"""``POST <incoming>/@ia-reply``: create the reply of an incoming mail.

Body (optional): ``{"title": "..."}`` overrides the pre-filled subject.
Answers 201 with the new outgoing mail's ``@id``, ``reference`` and the
``replies_to`` UIDs.
"""

from ia.docs.browser.reply import can_reply
from ia.docs.replies import create_reply
from ia.docs.replies import replied_mails
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides


class ReplyPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not can_reply(self.context):
            self.request.response.setStatus(403)
            return {
                "error": {
                    "type": "Forbidden",
                    "message": "You may not create an outgoing mail.",
                }
            }
        body = json_body(self.request) or {}
        overrides = {}
        if isinstance(body.get("title"), str) and body["title"].strip():
            overrides["title"] = body["title"].strip()
        outgoing = create_reply(self.context, **overrides)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", outgoing.absolute_url())
        return {
            "@id": outgoing.absolute_url(),
            "reference": getattr(outgoing, "reference", None),
            "title": outgoing.title,
            "replies_to": [mail.UID() for mail in replied_mails(outgoing)],
        }
