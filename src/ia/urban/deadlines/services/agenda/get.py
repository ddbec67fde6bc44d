"""``GET /@ia-urban-deadlines?month=YYYY-MM&scope=service|mine``:
``{"month", "scope", "items": [row...]}`` (ia.urban.deadlines.agenda)."""

from ia.core.rest import IaService
from ia.urban.deadlines import agenda


class AgendaGet(IaService):
    def answer(self):
        form = self.request.form
        first = agenda.parse_month(form.get("month"))
        scope = agenda.parse_scope(form.get("scope"))
        return {
            "month": f"{first:%Y-%m}",
            "scope": scope,
            "items": agenda.month_rows(first, self.request, scope),
        }
