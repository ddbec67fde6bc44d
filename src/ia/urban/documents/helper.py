"""The ``view`` of iA.Urban's templates: the core helper plus the file's
procedure (applicants, address, procedure, decision delay, decision), the
inquiry's letters (:mod:`.inquiry`) and the opinion requests and
notification (:mod:`.decision`).

Registered as ``document_generation_helper_view`` for licence files (more
specific than the core's registration for any dexterity content). When the
generation view hands it its template, the helper checks that the file
holds what that letter states (:data:`CHECKS`) and refuses with a French
message before anything is rendered.
"""

from ia.core.docgen.dates import format_date
from ia.core.docgen.helper import IaDocumentGenerationHelperView
from ia.core.settings.api import get_settings
from ia.urban import capakey
from ia.urban.deadlines.api import compute_for
from ia.urban.deadlines.engine import explain
from ia.urban.documents.decision import DecisionLetters
from ia.urban.documents.inquiry import InquiryLetters
from ia.urban.events.api import events_of
from ia.urban.indexers import address_of
from ia.urban.kinds import kind_of
from plone import api


def written_parcel(parcel) -> str:
    """The usual written form: "Division 62063, section B, n° 123/02C4"
    (no bis ``00``, exponent ``_`` nor power ``000`` written)."""
    number = str(int(parcel.radical))
    if parcel.bis != "00":
        number += f"/{parcel.bis}"
    if parcel.exponent != "_":
        number += parcel.exponent
    if parcel.power != "000":
        number += str(int(parcel.power))
    return f"Division {parcel.division}, section {parcel.section}, n° {number}"


# template id -> the helper's method that checks the file's data for it
CHECKS = {
    "urb-avis-enquete": "check_notice",
    "urb-lettres-riverains": "check_neighbours",
    "urb-demandes-avis": "check_opinion_requests",
    "urb-pv-cloture": "check_minutes",
    "urb-notification": "check_notification",
}


class UrbanHelperView(InquiryLetters, DecisionLetters, IaDocumentGenerationHelperView):
    _pod_template = None

    @property
    def pod_template(self):
        return self._pod_template

    @pod_template.setter
    def pod_template(self, template):
        """Set by the generation view before rendering: check the data."""
        self._pod_template = template
        if template is not None:
            self.check_ready(template.getId())

    def check_ready(self, template_id):
        """Raise :class:`~.refusals.MissingData` when the file lacks what
        the template ``template_id`` states."""
        method = CHECKS.get(template_id)
        if method:
            getattr(self, method)()

    def _events(self):
        if not hasattr(self, "_events_cache"):
            self._events_cache = events_of(self.real_context)
        return self._events_cache

    def _deadlines(self):
        if not hasattr(self, "_deadlines_cache"):
            self._deadlines_cache = compute_for(self.real_context)
        return self._deadlines_cache

    def _last(self, kind):
        found = [e for e in self._events() if e["kind"] == kind]
        return found[-1] if found else None

    def _deadline(self, rule):
        found = [d for d in self._deadlines() if d.rule == rule]
        return found[-1] if found else None

    # -- letterhead ------------------------------------------------------
    def municipality_contact(self):
        settings = get_settings()
        parts = [f"Tél. {settings.phone}" if settings.phone else "", settings.email]
        return " – ".join(part for part in parts if part)

    def place_and_date(self):
        city = get_settings().city or ""
        return f"{city}, le {self.today()}" if city else f"Le {self.today()}"

    # -- the file --------------------------------------------------------
    def kind_title(self):
        kind = kind_of(self.real_context)
        return kind.title_fr if kind else ""

    def kind_name(self):
        """The kind in a sentence: "permis d'urbanisme"."""
        title = self.kind_title()
        return title[:1].lower() + title[1:]

    def applicant_lines(self):
        """Name and address of the first applicant, one line each."""
        applicants = getattr(self.real_context, "applicants", None) or []
        if not applicants:
            return []
        with api.env.adopt_roles(["Manager"]):
            contact = api.content.get(UID=applicants[0])
        if contact is None:
            return []
        street = " ".join(
            part for part in (contact.street, getattr(contact, "number", "")) if part
        )
        city = " ".join(part for part in (contact.zip_code, contact.city) if part)
        return [line for line in (contact.Title(), street, city) if line]

    def address(self):
        return address_of(self.real_context)

    def parcels(self):
        return ", ".join(getattr(self.real_context, "parcels", None) or [])

    def parcels_written(self):
        """ "Division 62063, section B, n° 123/02C4" per parcel, joined."""
        labels = []
        for value in getattr(self.real_context, "parcels", None) or []:
            try:
                labels.append(written_parcel(capakey.parse(value)))
            except capakey.CapakeyError:
                labels.append(value)
        return " ; ".join(labels)

    def event_date(self, kind):
        event = self._last(kind)
        return format_date(event["date"]) if event else ""

    # -- acknowledgement -------------------------------------------------
    def procedure_lines(self):
        """What the acknowledgement states of the procedure (D.IV.33)."""
        procedure = self._last("procedure") or {}
        lines = []
        if procedure.get("publicity") == "inquiry":
            lines.append("Votre demande sera soumise à enquête publique.")
        elif procedure.get("publicity") == "announcement":
            lines.append("Votre demande fera l'objet d'une annonce de projet.")
        if procedure.get("opinions"):
            lines.append("L'avis de services ou commissions sera sollicité.")
        if procedure.get("fd_opinion") == "mandatory":
            lines.append("L'avis conforme du fonctionnaire délégué est requis.")
        elif procedure.get("fd_opinion") == "optional":
            lines.append("L'avis du fonctionnaire délégué sera sollicité.")
        if not lines:
            lines.append(
                "Votre demande ne requiert ni mesures de publicité, ni avis de "
                "services ou commissions, ni avis du fonctionnaire délégué."
            )
        return lines

    def decision_delay(self):
        deadline = self._deadline("decision")
        return str(deadline.days) if deadline else ""

    def decision_limit(self):
        deadline = self._deadline("decision")
        return format_date(deadline.date) if deadline else ""

    def decision_explanation(self):
        deadline = self._deadline("decision")
        return explain(deadline) if deadline else ""

    # -- missing documents -----------------------------------------------
    def missing_documents(self):
        event = self._last("incompleteness") or {}
        return list(event.get("missing") or []) or [event.get("comment") or "—"]

    def completion_limit(self):
        deadline = self._deadline("completion")
        return format_date(deadline.date) if deadline else ""

    # -- decision --------------------------------------------------------
    def decision(self):
        """'octroie' or 'refuse' (the last decision event)."""
        event = self._last("decision") or {}
        return "refuse" if event.get("result") == "refused" else "octroie"

    def decision_conditions(self):
        event = self._last("decision") or {}
        text = event.get("conditions") or event.get("comment") or ""
        return [line for line in text.splitlines() if line.strip()]
