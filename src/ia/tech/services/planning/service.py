"""``@tech-planning``: a team's week (GET) and plan or move an order (PATCH)."""

from datetime import date
from ia.core.errors import LoginRequired
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.tech import _
from ia.tech import planning
from plone import api


def _brain(brain):
    return {
        "@id": brain.getURL(),
        "title": brain.Title,
        "reference": brain.ia_reference,
        "review_state": brain.review_state,
        "agent": brain.ia_assigned_agent or None,
        "expected_hours": brain.ia_tech_expected_hours or 0.0,
    }


class WeekGet(IaService):
    def answer(self):
        if api.user.is_anonymous():
            raise LoginRequired(_("Log in to see the planning."))
        form = self.request.form
        team = form.get("team") or ""
        try:
            start = date.fromisoformat(form.get("week") or date.today().isoformat())
        except ValueError:
            raise BadRequestBody(_("The week is a date (YYYY-MM-DD).")) from None
        data = planning.week(team, start)
        return {
            "@id": f"{self.context.absolute_url()}/@tech-planning",
            "team": team,
            "monday": data["monday"].isoformat(),
            "agents": data["agents"],
            "days": [
                {
                    "day": day["day"].isoformat(),
                    "expected_hours": day["expected_hours"],
                    "capacity": day["capacity"],
                    "use": day["use"],
                    "orders": [_brain(b) for b in day["orders"]],
                }
                for day in data["days"]
            ],
        }


class PlanPatch(IaService):
    def answer(self):
        data = self.body()
        day = self.field(data, "day", date)
        team = self.field(data, "team")
        if api.content.get_state(self.context) == "to_plan":
            hours = data.get("hours")
            if hours is not None and (
                isinstance(hours, bool) or not isinstance(hours, (int, float))
            ):
                raise BadRequestBody(
                    _(
                        "The field '${field}' must be a number.",
                        mapping={"field": "hours"},
                    )
                )
            planning.plan(
                self.context,
                team=team or self.context.team,
                day=day,
                hours=hours,
                agent=self.field(data, "agent"),
            )
        else:
            planning.move(self.context, day=day, team=team)
        return {
            "review_state": api.content.get_state(self.context),
            "team": self.context.team,
            "planned_date": self.context.planned_date.isoformat(),
        }
