"""The printable work sheet of an order: what the team takes on site."""

from ia.core.orgchart import api as orgchart
from ia.tech import costs
from ia.tech import settings
from plone import api
from Products.Five import BrowserView


class WorkSheet(BrowserView):
    def team_title(self):
        service = orgchart.get_service(self.context.team)
        return service.Title() if service is not None else ""

    def type_title(self):
        return dict(settings.request_types()).get(self.context.request_type, "")

    def agent_name(self, userid):
        user = api.user.get(userid=userid) if userid else None
        return (user.getProperty("fullname") or userid) if user else (userid or "")

    def planned(self):
        day = self.context.planned_date
        return day.strftime("%d/%m/%Y") if day else ""

    def tasks(self):
        return [
            obj for obj in self.context.objectValues() if obj.portal_type == "IaTask"
        ]

    def hours(self):
        return [
            {
                **line,
                "agent": self.agent_name(line["agent"]),
                "day": _fr_day(line["day"]),
            }
            for line in costs.hours_of(self.context)
        ]

    def materials(self):
        return costs.materials_of(self.context)

    def summary(self):
        return costs.summary(self.context)


def _fr_day(iso):
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"
