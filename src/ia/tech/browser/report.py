"""The monthly report per team (``@@tech-report?month=YYYY-MM``)."""

from datetime import date
from ia.tech import report
from ia.tech.browser.work import euros
from ia.tech.browser.work import number
from Products.Five import BrowserView


class ReportView(BrowserView):
    def month(self):
        try:
            year, month = (
                int(p) for p in self.request.form.get("month", "").split("-")
            )
            return date(year, month, 1)
        except ValueError:
            return date.today().replace(day=1)

    def rows(self):
        month = self.month()
        return [
            {
                **row,
                "hours": number(round(row["hours"], 2)),
                "cost": euros(row["cost"]),
            }
            for row in report.monthly(month.year, month.month)
        ]

    def label(self):
        return self.month().strftime("%m/%Y")
