"""The mail page: what belongs to a mail, below its fields.

Incoming mail: the main file (PDF shown inline in an ``<iframe>`` on
``@@display-file/main_file``, plus a download link) and the acknowledgement
(stored, due, or why not). Outgoing mail: the letter (and *Générer la
lettre* for who may edit). The replies and the mails a reply answers are
``ia.reply_to`` links, shown by the core's *Liens* block like every link.
"""

from ia.docs.letters import acknowledgement
from ia.docs.letters.letter import get_letter
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


def file_row(attachment):
    return {
        "url": f"{attachment.absolute_url()}/@@download/file",
        "title": attachment.Title(),
        "filename": attachment.file.filename if attachment.file else "",
    }


class IncomingMailViewlet(ViewletBase):
    index = ViewPageTemplateFile("mailpage_incoming.pt")

    def main_file(self):
        main = getattr(self.context, "main_file", None)
        if main is None:
            return None
        base = self.context.absolute_url()
        return {
            "preview": f"{base}/@@display-file/main_file",
            "download": f"{base}/@@download/main_file",
            "filename": main.filename or "",
        }

    def acknowledgement(self):
        """``{"state": "stored"|"due"|"skipped", ...}`` or None."""
        stored = acknowledgement.get_acknowledgement(self.context)
        if stored is not None:
            return dict(file_row(stored), state="stored")
        if getattr(self.context, "ack_pending", False):
            return {
                "state": "due",
                "url": f"{self.context.absolute_url()}/@@ia-acknowledgement",
            }
        reason = getattr(self.context, "ack_skipped", None)
        if reason:
            return {"state": "skipped", "reason": reason}
        return None


class OutgoingMailViewlet(ViewletBase):
    index = ViewPageTemplateFile("mailpage_outgoing.pt")

    def letter(self):
        letter = get_letter(self.context)
        return file_row(letter) if letter is not None else None

    def can_generate(self):
        return api.user.has_permission("Modify portal content", obj=self.context)
