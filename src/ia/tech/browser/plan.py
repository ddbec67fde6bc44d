"""``@@tech-plan`` on a work order: the head of the technical service (or
its dispatcher) plans it — team, date, expected duration, agent — or moves
a planned order to another day or team (``ia.tech.planning.plan``).

GET shows the form (or why the user may not plan), POST (with the CSRF
token) plans and goes back to the order; a refusal re-shows the form with
the translated reason and writes nothing.
"""

from datetime import date
from ia.core.views.action_form import ActionFormView
from ia.tech import _
from ia.tech import planning
from ia.tech.errors import TechError
from ia.tech.requests import teams
from plone import api


def parse_day(value) -> date:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        raise TechError(_("Give the planned date.")) from None


def user_title(userid) -> str:
    user = api.user.get(userid=userid) if userid else None
    return (user.getProperty("fullname") or userid) if user else (userid or "")


class PlanView(ActionFormView):
    done = _("The work order was planned.")
    unavailable = _("Only an order to plan or planned can be (re)planned.")

    def available(self) -> bool:
        """Condition of the order's *Planifier…* button."""
        return api.content.get_state(
            self.context
        ) in planning.MOVABLE and api.user.has_permission(
            planning.REVIEW, obj=self.context
        )

    def perform(self):
        form = self.request.form
        hours = (form.get("hours") or "").strip() or None
        planning.plan(
            self.context,
            team=form.get("team") or "",
            day=parse_day(form.get("day")),
            hours=hours,
            agent=form.get("agent") or "",
        )

    # --- the form's values ------------------------------------------------

    def value(self, name, default=""):
        form = self.request.form
        if name in form:
            return form[name]
        return default

    def team(self):
        return self.value("team", self.context.team or "")

    def day(self):
        planned = self.context.planned_date
        return self.value("day", planned.isoformat() if planned else "")

    def hours(self):
        expected = self.context.expected_hours
        return self.value("hours", "" if expected is None else f"{expected:g}")

    def agent(self):
        return self.value("agent", getattr(self.context, "assigned_agent", "") or "")

    def teams(self):
        return [{"uid": row.uid, "title": row.title} for row in teams()]

    def agents(self):
        """Every team's agents, grouped by team (the form lists them all;
        the chosen one must be of the chosen team)."""
        return [
            {
                "team": row.title,
                "agents": [
                    {"id": userid, "title": user_title(userid)}
                    for userid in planning.agents(row.uid)
                ],
            }
            for row in teams()
        ]

    def is_planned(self) -> bool:
        return api.content.get_state(self.context) == "planned"
