"""Dashboard lists and columns of iA.Tech (``dashboards.zcml``).

| id | title (fr) | query |
|---|---|---|
| ``tech_to_triage`` | Demandes à trier | requests ``submitted`` of my services |
| ``tech_to_plan`` | À planifier | orders ``to_plan`` of my services |
| ``tech_late`` | En retard | orders ``planned``/``in_progress`` of my services planned before today |
| ``tech_to_close`` | Terminé à clôturer | orders ``done`` of my services |

| column | header (fr) | metadata | sorts on |
|---|---|---|---|
| ``tech_type`` | Type de travaux | ``ia_tech_request_type`` | ``ia_tech_request_type`` |
| ``tech_priority`` | Priorité | ``ia_tech_priority`` | ``ia_tech_priority`` |
| ``tech_team`` | Équipe | ``ia_tech_team`` | ``ia_tech_team`` |
| ``tech_planned`` | Planifié le | ``ia_tech_planned_date`` | ``ia_tech_planned_date`` |
"""

from DateTime import DateTime
from ia.core.dashboard import principal
from ia.core.dashboard.columns import UidTitleColumn
from ia.core.dashboard.columns import VocabularyColumn
from ia.core.dashboard.corecolumns import DueColumn
from ia.core.dashboard.lists import DashboardList
from ia.tech import _
from ia.tech.content import ORDER
from ia.tech.content import REQUEST
from plone import api


class TechList(DashboardList):
    portal_type = ORDER
    states = ()
    columns = (
        "reference",
        "title",
        "tech_type",
        "tech_priority",
        "tech_team",
        "tech_planned",
        "state",
    )
    default_sort = ("tech_planned", "ascending")

    def available(self):
        return self.portal_type in api.portal.get_tool("portal_types")

    def extra(self) -> dict:
        return {}

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {
            "portal_type": self.portal_type,
            "review_state": list(self.states),
            "ia_responsible_services": services,
            **self.extra(),
        }


class ToTriage(TechList):
    id = "tech_to_triage"
    title = _("Requests to triage")
    order = 300
    portal_type = REQUEST
    states = ("submitted",)
    columns = ("reference", "title", "tech_type", "tech_priority", "modified")
    default_sort = ("modified", "descending")


class ToPlan(TechList):
    id = "tech_to_plan"
    title = _("To plan")
    order = 301
    states = ("to_plan",)
    columns = ("reference", "title", "tech_type", "tech_priority", "due", "state")
    default_sort = ("due", "ascending")


class Late(TechList):
    id = "tech_late"
    title = _("Late work orders")
    order = 302
    states = ("planned", "in_progress")

    def extra(self):
        today = DateTime().earliestTime()
        return {"ia_tech_planned_date": {"query": today, "range": "max"}}


class ToClose(TechList):
    id = "tech_to_close"
    title = _("Done, to close")
    order = 303
    states = ("done",)


class TypeColumn(VocabularyColumn):
    id = "tech_type"
    title = _("Type of work")
    metadata = "ia_tech_request_type"
    sort_index = "ia_tech_request_type"
    vocabulary = "ia.tech.request_types"


class PriorityColumn(VocabularyColumn):
    id = "tech_priority"
    title = _("Priority")
    metadata = "ia_tech_priority"
    sort_index = "ia_tech_priority"
    vocabulary = "ia.tech.priorities"


class TeamColumn(UidTitleColumn):
    id = "tech_team"
    title = _("Team")
    metadata = "ia_tech_team"
    sort_index = "ia_tech_team"


class PlannedColumn(DueColumn):
    """The core's date column (French date), on the planned date (no
    overdue badge: *En retard* is its own list)."""

    id = "tech_planned"
    title = _("Planned on")
    metadata = "ia_tech_planned_date"
    sort_index = "ia_tech_planned_date"
    widget = "text"
