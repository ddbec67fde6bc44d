"""``@@tech-work`` on a work order: the hours per agent and the materials
of the catalogue (quantity × unit cost) recorded by the team agent or the
head (``ia.tech.costs``), and the order's total cost.

Anyone who sees the order reads the lines and the totals; who may modify
the order in its state (the team while planned or in progress, the head
until it is closed) gets the two forms. A POST (CSRF token) adds one line
and comes back to the page; a refusal re-shows the form with the
translated reason and writes nothing. The order moves on (finish, close)
from its actions panel.
"""

from datetime import date
from ia.core.errors import IaError
from ia.tech import _
from ia.tech import costs
from ia.tech import planning
from ia.tech import settings
from ia.tech.browser.plan import user_title
from ia.tech.errors import TechError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
import transaction


SHOWN_STATES = ("planned", "in_progress", "done", "closed")


def euros(value) -> str:
    """``1234.5`` → ``1 234,50 €`` (French)."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} €"


def number(value) -> str:
    return f"{value:g}".replace(".", ",")


def parse_number(value) -> float:
    try:
        return float((value or "").strip().replace(",", "."))
    except (AttributeError, ValueError):
        return 0.0


class WorkView(BrowserView):
    error = None

    def available(self) -> bool:
        """Condition of the order's *Heures et matériaux* button."""
        return api.content.get_state(self.context) in SHOWN_STATES

    def can_record(self) -> bool:
        return api.user.has_permission(costs.MODIFY, obj=self.context)

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            try:
                message = self.record(self.request.form.get("form.submitted"))
            except IaError as exc:
                transaction.doom()
                self.error = exc.translated(self.request)
                self.request.response.setStatus(exc.status)
                return self.index()
            api.portal.show_message(message, request=self.request)
            self.request.response.redirect(f"{self.context.absolute_url()}/@@tech-work")
            return ""
        return self.index()

    def record(self, what):
        form = self.request.form
        if what == "hours":
            try:
                day = date.fromisoformat((form.get("day") or "").strip())
            except ValueError:
                raise TechError(_("Give the day of the work.")) from None
            costs.add_hours(
                self.context,
                agent=form.get("agent") or "",
                day=day,
                hours=parse_number(form.get("hours")),
            )
            return _("The hours were recorded.")
        if what == "material":
            costs.add_material(
                self.context,
                material=form.get("material") or "",
                quantity=parse_number(form.get("quantity")),
            )
            return _("The material was recorded.")
        raise TechError(_("Nothing to record."))

    # --- what the page shows ----------------------------------------------

    def hours(self):
        return [
            {
                "agent": user_title(line["agent"]),
                "day": date.fromisoformat(line["day"]).strftime("%d/%m/%Y"),
                "hours": number(line["hours"]),
            }
            for line in costs.hours_of(self.context)
        ]

    def materials(self):
        return [
            {
                "title": line["title"],
                "quantity": f"{number(line['quantity'])} {line['unit']}".strip(),
                "unit_cost": euros(line["unit_cost"]),
                "cost": euros(line["quantity"] * line["unit_cost"]),
            }
            for line in costs.materials_of(self.context)
        ]

    def summary(self):
        totals = costs.summary(self.context)
        return {
            "hours": number(totals["hours"]),
            "labour_cost": euros(totals["labour_cost"]),
            "materials_cost": euros(totals["materials_cost"]),
            "total_cost": euros(totals["total_cost"]),
            "rate": euros(settings.hourly_rate()),
        }

    def agents(self):
        team = self.context.team
        ids = planning.agents(team) if team else []
        assigned = getattr(self.context, "assigned_agent", None)
        if assigned and assigned not in ids:
            ids.insert(0, assigned)
        current = api.user.get_current().getId()
        if current and current not in ids:
            ids.append(current)
        return [{"id": userid, "title": user_title(userid)} for userid in ids]

    def default_agent(self):
        return self.request.form.get("agent") or api.user.get_current().getId()

    def default_day(self):
        return self.request.form.get("day") or date.today().isoformat()

    def catalogue(self):
        return [
            {
                "id": item.id,
                "title": f"{item.title} ({euros(item.unit_cost)} / {item.unit})",
            }
            for item in settings.materials()
        ]
