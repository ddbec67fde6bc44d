"""The ``view`` of the mail templates: the core helper plus letter values.

Registered as ``document_generation_helper_view`` for the two mail types
(more specific than the core's registration for any dexterity content).
"""

from ia.core.docgen.helper import IaDocumentGenerationHelperView
from ia.core.settings.api import get_settings
from ia.docs.letters import addresses
from ia.docs.replies import replied_mails


class MailHelperView(IaDocumentGenerationHelperView):
    """Values of the reply letter and the acknowledgement."""

    # -- letterhead ------------------------------------------------------
    def municipality_contact(self):
        settings = get_settings()
        parts = []
        if settings.phone:
            parts.append(f"Tél. {settings.phone}")
        if settings.email:
            parts.append(settings.email)
        return " – ".join(parts)

    def place_and_date(self):
        city = get_settings().city or ""
        date = self.today()
        return f"{city}, le {date}" if city else f"Le {date}"

    # -- addresses -------------------------------------------------------
    def recipient_lines(self):
        """Address blocks of the recipients (outgoing mail), one after the other."""
        lines = []
        for uid in getattr(self.real_context, "recipients", None) or ():
            if lines:
                lines.append("")
            lines.extend(addresses.address_block(uid))
        return lines

    def sender_lines(self):
        sender = getattr(self.real_context, "sender", None)
        return addresses.address_block(sender) if sender else []

    # -- references ------------------------------------------------------
    def your_references(self):
        """``Votre courrier du … (E/…)`` lines: the mails this one answers."""
        lines = []
        for mail in replied_mails(self.real_context, unrestricted=True):
            date = self.date_fr(date=getattr(mail, "reception_date", None))
            reference = getattr(mail, "reference", None) or ""
            text = f"votre courrier reçu le {date}" if date else "votre courrier"
            if reference:
                text = f"{text}, enregistré sous {reference}"
            lines.append(f"Votre référence : {text}")
        return lines

    def treating_services(self):
        return self.titles("responsible_services")

    def due_sentence(self):
        due = getattr(self.real_context, "due_date", None)
        if not due:
            return ""
        return (
            f"Une réponse vous sera adressée au plus tard le {self.date_fr(date=due)}."
        )

    # -- body and signature ----------------------------------------------
    def body(self):
        body = getattr(self.real_context, "body", None)
        html = getattr(body, "raw", None) or ""
        if not html:
            return ""
        if self.appy_renderer is None:
            return html
        return self.appy_renderer.renderXhtml(html)

    def _signatory(self):
        return addresses.resolve(getattr(self.real_context, "signatory", None))

    def signatory_name(self):
        position = self._signatory()
        if position is None:
            return ""
        person = position.get_person() if hasattr(position, "get_person") else None
        return person.fullname if person is not None else position.Title()

    def signatory_function(self):
        position = self._signatory()
        if position is None or not hasattr(position, "position_title"):
            return ""
        return position.position_title()
