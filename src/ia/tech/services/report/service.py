"""``@tech-report``: the monthly report per team (hours, costs)."""

from datetime import date
from ia.core.errors import LoginRequired
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.tech import _
from ia.tech import report
from plone import api


def parse_month(value):
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return date(year, month, 1)
    except ValueError:
        raise BadRequestBody(_("The month is YYYY-MM.")) from None


class ReportGet(IaService):
    def answer(self):
        if api.user.is_anonymous():
            raise LoginRequired(_("Log in to see the reports."))
        month = parse_month(
            self.request.form.get("month") or date.today().strftime("%Y-%m")
        )
        return {
            "@id": f"{self.context.absolute_url()}/@tech-report",
            "month": month.strftime("%Y-%m"),
            "teams": report.monthly(month.year, month.month),
        }
