"""A team's week (``@@tech-week?team=<uid>&week=YYYY-MM-DD``)."""

from datetime import date
from datetime import timedelta
from ia.tech import planning
from ia.tech.requests import teams
from plone import api
from Products.Five import BrowserView


DAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")


class WeekView(BrowserView):
    def teams(self):
        return teams()

    def team(self):
        uid = self.request.form.get("team")
        rows = self.teams()
        if not uid and rows:
            uid = rows[0].uid
        return uid or ""

    def start(self):
        try:
            return date.fromisoformat(self.request.form.get("week") or "")
        except ValueError:
            return date.today()

    def data(self):
        return planning.week(self.team(), self.start())

    def day_label(self, day):
        return f"{DAYS[day.weekday()]} {day.strftime('%d/%m')}"

    def percent(self, use):
        return "" if use is None else f"{round(use * 100)} %"

    def agent_name(self, userid):
        user = api.user.get(userid=userid) if userid else None
        return (user.getProperty("fullname") or userid) if user else "—"

    def week_url(self, delta):
        monday = planning.monday(self.start()) + timedelta(days=7 * delta)
        return f"{self.context.absolute_url()}/@@tech-week?team={self.team()}&week={monday.isoformat()}"
