"""``@@ia-reply`` on an incoming mail: the *Répondre* shortcut of the
hand-over ``ia.docs.reply``.

GET shows a confirmation form (or why the user may not reply), POST (with
the CSRF token) hands the mail over and opens the new reply's edit form.
"""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.docs import _
from ia.docs.handovers.reply import HANDOVER as REPLY
from ia.docs.replies import HANDOVER
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
import transaction


def can_reply(incoming) -> bool:
    """The hand-over ``ia.docs.reply`` is on offer for the current user."""
    return any(h.id == HANDOVER for h in handovers.available(source=incoming))


class ReplyView(BrowserView):
    error = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            try:
                reply = handovers.hand_over(source=self.context, handover=HANDOVER)
            except IaError as exc:
                transaction.doom()
                self.error = exc.translated(self.request)
                self.request.response.setStatus(exc.status)
                return self.index()
            api.portal.show_message(
                _("msg_reply_created", default="The reply was created."),
                request=self.request,
            )
            self.request.response.redirect(f"{reply.absolute_url()}/edit")
            return ""
        try:
            REPLY.check(self.context)
        except IaError as exc:
            self.error = exc.translated(self.request)
            self.request.response.setStatus(exc.status)
        return self.index()


class CanReplyView(BrowserView):
    """``object/@@ia-can-reply``: the condition of the "Reply" button."""

    def __call__(self):
        return can_reply(self.context)
