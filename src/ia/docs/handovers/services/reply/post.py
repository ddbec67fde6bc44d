"""``POST <incoming>/@ia-reply``: kept for one release, the hand-over
``ia.docs.reply`` (``POST <incoming>/@ia-handovers {"handover":
"ia.docs.reply"}``) under its old name.

Body (optional): ``{"title": "..."}`` overrides the pre-filled subject.
Answers 201 with the new outgoing mail's ``@id``, ``UID``, ``reference``,
``title`` and ``replies_to`` (the UIDs of the mails it answers).
"""

from ia.core.handovers import api as handovers
from ia.core.rest import IaService
from ia.docs.replies import HANDOVER
from ia.docs.replies import replied_mails
from plone import api


class ReplyPost(IaService):
    def answer(self):
        title = self.field(self.body(), "title", str, max_length=1000)
        options = {"title": title} if title else {}
        outgoing = handovers.hand_over(
            source=self.context, handover=HANDOVER, **options
        )
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", outgoing.absolute_url())
        return {
            "@id": outgoing.absolute_url(),
            "UID": api.content.get_uuid(outgoing),
            "reference": getattr(outgoing, "reference", None),
            "title": outgoing.title,
            "replies_to": [
                api.content.get_uuid(mail)
                for mail in replied_mails(outgoing, unrestricted=True)
            ],
        }
