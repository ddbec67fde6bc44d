"""What the inquiry's letters state: the notice (avis d'enquête publique or
annonce de projet), the neighbour letters (one per neighbour) and the
minutes of the closing meeting. A mixin of the templates' ``view``."""

from ia.core.docgen.dates import format_date
from ia.core.settings.api import address_lines
from ia.core.settings.api import get_settings
from ia.urban.documents.refusals import missing
from plone import api


def _time_fr(value: str) -> str:
    """ "11:00" -> "11 heures", "14:30" -> "14 h 30"."""
    hours, _sep, minutes = (value or "").partition(":")
    hours = hours.strip().lstrip("0") or "0"
    minutes = minutes.strip()
    if not minutes or minutes == "00":
        return f"{hours} heures"
    return f"{hours} h {minutes}"


def neighbour_lines(text: str) -> list[str]:
    """ "Martin Claire, Rue du Moulin 14, 5000 Namur" -> its address lines."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


class InquiryLetters:
    """Needs ``_last(kind)``, ``_deadline(rule)``, ``real_context``."""

    def _inquiry(self):
        return self._last("inquiry") or {}

    # -- dates and place -------------------------------------------------
    def inquiry_is_announcement(self):
        return self._inquiry().get("publicity") == "announcement"

    def inquiry_heading(self):
        if self.inquiry_is_announcement():
            return "ANNONCE DE PROJET"
        return "AVIS D'ENQUÊTE PUBLIQUE"

    def inquiry_name(self):
        if self.inquiry_is_announcement():
            return "l'annonce de projet"
        return "l'enquête publique"

    def inquiry_title(self):
        if self.inquiry_is_announcement():
            return "Annonce de projet"
        return "Enquête publique"

    def inquiry_start(self):
        inquiry = self._inquiry()
        return format_date(inquiry.get("start") or inquiry.get("date"))

    def inquiry_end(self):
        deadline = self._deadline("inquiry_end")
        if deadline is not None:
            return format_date(deadline.date)
        return format_date(self._inquiry().get("end"))

    def inquiry_place(self):
        """Where the file is consulted and the closing meeting is held."""
        place = self._inquiry().get("place")
        if place:
            return place
        lines = address_lines()
        where = ", ".join(lines)
        return (
            f"l'administration communale, service de l'urbanisme, {where}"
            if where
            else "l'administration communale, service de l'urbanisme"
        )

    def meeting_time(self):
        return _time_fr(self._inquiry().get("meeting_time", ""))

    def complaints_address(self):
        settings = get_settings()
        where = ", ".join(address_lines())
        text = "au Collège communal"
        if where:
            text += f", {where}"
        if settings.email:
            text += f", ou par courrier électronique à {settings.email}"
        return text

    def applicant_names(self):
        applicants = getattr(self.real_context, "applicants", None) or []
        with api.env.adopt_roles(["Manager"]):
            found = [api.content.get(UID=uid) for uid in applicants]
        return ", ".join(contact.Title() for contact in found if contact is not None)

    # -- neighbours ------------------------------------------------------
    def neighbours(self):
        """One ``{"lines": [...]}`` per neighbour to notify."""
        return [
            {"lines": neighbour_lines(text)}
            for text in self._inquiry().get("neighbours") or []
        ]

    # -- minutes of the closing meeting ----------------------------------
    def _meeting(self):
        return self._last("inquiry_meeting") or {}

    def meeting_date(self):
        return format_date(self._meeting().get("date"))

    def meeting_holder(self):
        """Who held the closing meeting: the agent who recorded it."""
        actor = self._meeting().get("actor") or ""
        user = api.user.get(userid=actor) if actor else None
        name = user.getProperty("fullname", "") if user is not None else ""
        return name or actor or "l'agent du service de l'urbanisme"

    def _claims(self):
        return [e for e in self._events() if e["kind"] == "claim"]

    def claims_count(self):
        count = len(self._claims())
        if count == 0:
            return "Aucune réclamation ni observation n'a été introduite."
        if count == 1:
            return "Une réclamation ou observation a été introduite :"
        return f"{count} réclamations ou observations ont été introduites :"

    def claims(self):
        """ "M. Lemaire (12 mars 2026) : perte d'ensoleillement" per claim."""
        return [
            f"{claim.get('claimant') or 'Anonyme'} ({format_date(claim['date'])}) : "
            f"{(claim.get('text') or claim.get('comment') or '—').strip()}"
            for claim in self._claims()
        ]

    def meeting_minutes(self):
        meeting = self._meeting()
        text = meeting.get("minutes") or meeting.get("comment") or ""
        return [line for line in text.splitlines() if line.strip()]

    # -- what each letter needs ------------------------------------------
    def check_notice(self):
        if not self._inquiry():
            raise missing(
                "msg_urban_doc_no_inquiry",
                "This file has no public inquiry or project announcement: "
                "record it on the procedure first.",
            )
        if not self._inquiry().get("meeting_time"):
            raise missing(
                "msg_urban_doc_no_meeting_time",
                "The time of the inquiry's closing meeting is missing: record "
                "the inquiry with the time of its closing meeting.",
            )

    def check_neighbours(self):
        self.check_notice()
        neighbours = self._inquiry().get("neighbours") or []
        if not neighbours:
            raise missing(
                "msg_urban_doc_no_neighbours",
                "The inquiry lists no neighbour to notify: add the neighbours "
                "(one a line: name, street and number, postcode and town).",
            )
        for text in neighbours:
            if len(neighbour_lines(text)) < 2:
                raise missing(
                    "msg_urban_doc_neighbour_address",
                    'The neighbour "${name}" has no address: write it as '
                    '"name, street and number, postcode and town".',
                    name=text[:80],
                )

    def check_minutes(self):
        if not self._meeting():
            raise missing(
                "msg_urban_doc_no_meeting",
                "The inquiry's closing meeting is not recorded yet.",
            )
