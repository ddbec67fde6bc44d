"""Where the refusal e-mail of a work request is, above its page:
"E-mail en file d'envoi…", "E-mail envoyé le …", "Échec de l'envoi…"
(``ia.core.mailqueue.api.status_text``), as iA.Docs shows its replies'
(a request is seen by its services and its requester only)."""

from html import escape
from ia.core.mailqueue import api as mailqueue
from plone.app.layout.viewlets.common import ViewletBase


KINDS = {
    mailqueue.SENT: "info",
    mailqueue.QUEUED: "info",
    mailqueue.RETRYING: "warning",
    mailqueue.FAILED: "error",
}


class RefusalMailViewlet(ViewletBase):
    def render(self):
        text = mailqueue.status_text(self.context, self.request)
        if not text:
            return ""
        kind = KINDS.get(mailqueue.status(self.context).get("state"), "info")
        return (
            f'<div class="portalMessage {kind} ia-email-status" role="status">'
            f"{escape(text)}</div>"
        )
