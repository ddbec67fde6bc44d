"""``@@ia-reply`` on an incoming mail: the *Répondre* shortcut of the
hand-over ``ia.docs.reply``.

GET shows a confirmation form (or why the user may not reply, with its
status), POST (with the CSRF token) hands the mail over and opens the new
reply's edit form; a refusal re-shows the page with the reason and writes
nothing (``ia.core.views.action_form``).
"""

from ia.core.handovers import api as handovers
from ia.core.views.action_form import ActionFormView
from ia.docs import _
from ia.docs.handovers.reply import HANDOVER as REPLY
from ia.docs.replies import HANDOVER
from Products.Five.browser import BrowserView


def can_reply(incoming) -> bool:
    """The hand-over ``ia.docs.reply`` is on offer for the current user."""
    return any(h.id == HANDOVER for h in handovers.available(source=incoming))


class ReplyView(ActionFormView):
    done = _("msg_reply_created", default="The reply was created.")

    def check(self):
        REPLY.check(self.context)

    def perform(self):
        return handovers.hand_over(source=self.context, handover=HANDOVER)

    def next_url(self, result=None) -> str:
        return f"{result.absolute_url()}/edit"


class CanReplyView(BrowserView):
    """``object/@@ia-can-reply``: the condition of the "Reply" button."""

    def __call__(self):
        return can_reply(self.context)
