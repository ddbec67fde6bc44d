"""``@@tech-duplicate`` on a work request: the technical service marks it
as a duplicate of another open request (``ia.tech.triage.mark_duplicate``);
the action URL of the workflow's *Marquer comme doublon*.

The choices are the open requests of the same type (those within the
duplicate distance, ``triage.suggest_duplicates``, always among them), the
nearest first, with their distance. GET shows the form (or why the user may not triage), POST (CSRF
token) marks and goes back to the request; a refusal re-shows the form
with the French reason and writes nothing.
"""

from ia.core.views.action_form import ActionFormView
from ia.tech import _
from ia.tech import triage
from ia.tech.content import REQUEST
from ia.tech.errors import TechError
from ia.tech.geo import distance_m
from plone import api


MAX_CHOICES = 50


class DuplicateView(ActionFormView):
    done = _("The request was marked as a duplicate of the original.")
    unavailable = _("Only the technical service may triage this request.")

    def available(self) -> bool:
        return api.content.get_state(self.context) == "submitted" and (
            api.user.has_permission(triage.REVIEW, obj=self.context)
        )

    def perform(self):
        uid = self.request.form.get("original") or ""
        original = api.content.get(UID=uid) if uid else None
        if original is None:
            raise TechError(_("Choose the original request."))
        triage.mark_duplicate(self.context, original=original)

    def _metres(self, brain):
        here = (self.context.latitude, self.context.longitude)
        if None in here or not brain.ia_tech_point:
            return None
        return round(distance_m(here, brain.ia_tech_point))

    def choices(self) -> list[dict]:
        """The open requests of the same type, the nearest first (those
        without a location last)."""
        if not self.context.request_type:
            return []
        suggested = triage.suggest_duplicates(self.context)
        others = api.content.find(
            portal_type=REQUEST,
            ia_tech_request_type=self.context.request_type,
            ia_final=False,
            sort_on="created",
            sort_order="descending",
        )
        seen, rows = {self.context.UID()}, []
        for brain in [*suggested, *others]:
            if brain.UID in seen or len(rows) >= MAX_CHOICES:
                continue
            seen.add(brain.UID)
            rows.append(
                {
                    "uid": brain.UID,
                    "title": brain.Title,
                    "reference": brain.ia_reference or "",
                    "metres": self._metres(brain),
                    "checked": brain.UID == self.request.form.get("original"),
                }
            )
        return sorted(rows, key=lambda row: (row["metres"] is None, row["metres"] or 0))
