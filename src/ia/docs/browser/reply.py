"""``@@ia-reply`` on an incoming mail: create the pre-filled reply.

GET shows a confirmation form, POST (with the CSRF token) creates the
outgoing mail in ``/courrier`` and opens its edit form.
"""

from AccessControl import Unauthorized
from ia.docs import _
from ia.docs.area import get_mail_area
from ia.docs.replies import OUTGOING
from ia.docs.replies import create_reply
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView


def can_reply(incoming) -> bool:
    """The current user may add an outgoing mail to the mail area."""
    area = get_mail_area()
    if area is None:
        return False
    if not api.user.has_permission("Add portal content", obj=area):
        return False
    fti = api.portal.get_tool("portal_types").get(OUTGOING)
    return fti is not None and fti.isConstructionAllowed(area)


class ReplyView(BrowserView):
    def __call__(self):
        if not can_reply(self.context):
            raise Unauthorized("You may not create an outgoing mail.")
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            reply = create_reply(self.context)
            api.portal.show_message(
                _("msg_reply_created", default="The reply was created."),
                request=self.request,
            )
            self.request.response.redirect(f"{reply.absolute_url()}/edit")
            return ""
        return self.index()


class CanReplyView(BrowserView):
    """``object/@@ia-can-reply``: the condition of the "Reply" button."""

    def __call__(self):
        return can_reply(self.context)
