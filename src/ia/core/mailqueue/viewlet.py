"""Where a document's e-mail is, above its page.

"E-mail en file d'envoi…", "E-mail envoyé le …", "Échec de l'envoi : …"
(:func:`ia.core.mailqueue.api.status_text`); nothing when the document sent
no e-mail. Products register this viewlet for the types that send one (an
outgoing mail of iA.Docs, a refused work request of iA.Tech), on their own
browser layer.
"""

from html import escape
from ia.core.mailqueue import api as mailqueue
from plone.app.layout.viewlets.common import ViewletBase


KINDS = {
    mailqueue.SENT: "info",
    mailqueue.QUEUED: "info",
    mailqueue.RETRYING: "warning",
    mailqueue.FAILED: "error",
}


class EmailStatusViewlet(ViewletBase):
    def render(self):
        text = mailqueue.status_text(self.context, self.request)
        if not text:
            return ""
        kind = KINDS.get(mailqueue.status(self.context).get("state"), "info")
        return (
            f'<div class="portalMessage {kind} ia-email-status" role="status">'
            f"{escape(text)}</div>"
        )
