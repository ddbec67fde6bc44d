"""What the opinion requests (one per requested body) and the notification
of the decision state. A mixin of the templates' ``view``."""

from ia.core.docgen.dates import format_date
from ia.urban.deadlines.settings import load as load_settings
from ia.urban.documents.refusals import missing
from ia.urban.kinds import ENVIRONMENT
from ia.urban.kinds import family_of


# Appeal against the decision, by family: (delay setting, default days, route).
APPEALS = {
    ENVIRONMENT: (
        "env_appeal",
        20,
        "un recours auprès du Gouvernement wallon, conformément à l'article 40 "
        "du décret du 11 mars 1999 relatif au permis d'environnement",
    ),
}
CODT_APPEAL = (
    "appeal",
    30,
    "un recours motivé auprès du Gouvernement wallon, par envoi au directeur "
    "général du SPW Territoire, Logement, Patrimoine, Énergie, conformément "
    "à l'article D.IV.63 du Code du Développement Territorial",
)


class DecisionLetters:
    """Needs ``_last(kind)``, ``_events()``, ``_deadlines()``."""

    # -- opinion requests ------------------------------------------------
    def _open_requests(self):
        answered = {
            e.get("request") for e in self._events() if e["kind"] == "opinion_answer"
        }
        answered_bodies = {
            e.get("body") for e in self._events() if e["kind"] == "opinion_answer"
        }
        return [
            e
            for e in self._events()
            if e["kind"] == "opinion_request"
            and e["id"] not in answered
            and e.get("body") not in answered_bodies
        ]

    def opinion_requests(self):
        """One dict per request still unanswered: body, sent, days, limit."""
        limits = {
            d.event: d for d in self._deadlines() if d.rule == "opinion" and d.event
        }
        rows = []
        for request in self._open_requests():
            deadline = limits.get(request["id"])
            rows.append(
                {
                    "body": request.get("body") or "",
                    "sent": format_date(request["date"]),
                    "days": str(deadline.days) if deadline else "30",
                    "limit": format_date(deadline.date) if deadline else "",
                    "question": request.get("comment")
                    or "votre avis sur la demande décrite ci-dessus",
                }
            )
        return rows

    def check_opinion_requests(self):
        requests = self._open_requests()
        if not requests:
            raise missing(
                "msg_urban_doc_no_request",
                "This file has no opinion request waiting for an answer.",
            )
        if any(not request.get("body") for request in requests):
            raise missing(
                "msg_urban_doc_request_body",
                "An opinion request does not say which body is asked: record "
                "it again with the body or service.",
            )

    # -- notification ----------------------------------------------------
    def _decision(self):
        return self._last("decision") or {}

    def decision_date(self):
        return format_date(self._decision().get("date"))

    def decision_sentence(self):
        if self._decision().get("result") == "refused":
            return "Le Collège communal a décidé de refuser le permis sollicité."
        return "Le Collège communal a décidé d'octroyer le permis sollicité."

    def _appeal(self):
        setting, default, route = APPEALS.get(family_of(self.real_context), CODT_APPEAL)
        days = load_settings().delays.get(setting, default)
        return int(days), route

    def appeal_sentence(self):
        days, route = self._appeal()
        return (
            f"Si vous contestez cette décision, vous pouvez introduire {route}, "
            f"dans les {days} jours de la réception de la présente."
        )

    def check_notification(self):
        if not self._decision():
            raise missing(
                "msg_urban_doc_no_decision",
                "The college's decision is not recorded yet: it is notified "
                "once decided.",
            )
        if not self.applicant_lines():
            raise missing(
                "msg_urban_doc_no_applicant",
                "The file has no applicant with a name and an address: the "
                "notification cannot be addressed.",
            )
