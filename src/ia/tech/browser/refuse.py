"""``@@tech-refuse`` on a work request: the technical service refuses it
with the reason the requester receives by e-mail (``ia.tech.triage.refuse``,
``ia.tech.refusal_mail``) and, for a citizen, reads in Open311.

GET shows the form (or why the user may not triage), POST (CSRF token)
refuses and goes back to the request; a refusal of the form (no reason,
already triaged, not allowed) re-shows it with the French reason and
writes nothing.
"""

from ia.core.views.action_form import ActionFormView
from ia.tech import _
from ia.tech import triage
from ia.tech.refusal_mail import recipient
from plone import api


class RefuseView(ActionFormView):
    done = _("The request was refused; the requester receives the reason.")
    unavailable = _("Only the technical service may triage this request.")

    def available(self) -> bool:
        """Condition of the request's *Refuser avec un motif…* button."""
        return api.content.get_state(self.context) == "submitted" and (
            api.user.has_permission(triage.REVIEW, obj=self.context)
        )

    def recipient(self) -> str:
        return recipient(self.context)

    def perform(self):
        triage.refuse(self.context, reason=self.request.form.get("reason"))
