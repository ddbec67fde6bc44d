"""The legal limit of the programme: the council takes note of it within
``limit_months`` (9 by the decree of 19 July 2018) of the aldermen's
designation."""

from dataclasses import dataclass
from datetime import date
from ia.pst import _
from ia.pst.formatting import date_fr


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(start)


@dataclass(frozen=True)
class Limit:
    deadline: date | None
    status: str  # "noted", "running", "passed", "unknown"
    days_left: int | None

    def message(self, programme):
        if self.status == "noted":
            return _(
                "The council took note of the programme on ${date}.",
                mapping={"date": date_fr(programme.council_noted)},
            )
        if self.status == "running":
            return _(
                "The council must take note of the programme by ${date} (${days} days left).",
                mapping={"date": date_fr(self.deadline), "days": self.days_left},
            )
        if self.status == "passed":
            return _(
                "The legal limit passed on ${date}: the council has not taken note of the programme yet.",
                mapping={"date": date_fr(self.deadline)},
            )
        return _("Enter the designation date of the aldermen to see the legal limit.")


def limit(programme, today: date | None = None) -> Limit:
    today = today or date.today()
    if programme.designation_date is None:
        deadline = None
    else:
        deadline = add_months(programme.designation_date, programme.limit_months or 9)
    if programme.council_noted:
        return Limit(deadline, "noted", None)
    if deadline is None:
        return Limit(None, "unknown", None)
    if today <= deadline:
        return Limit(deadline, "running", (deadline - today).days)
    return Limit(deadline, "passed", None)
