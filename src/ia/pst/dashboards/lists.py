"""iA.PST's lists on the core dashboard (``configure.zcml``), each under
the core tab it belongs to (``group``: not under "Modifiés récemment").

| id | who | query |
|---|---|---|
| ``pst_my_actions`` | members of a service | actions of my services, not final |
| ``pst_my_responsibility`` | the agent in charge | actions assigned to me, not final |
| ``pst_late_actions`` | everybody | planned end passed, not terminated (my services when I have some, unless I may edit a programme) |
| ``pst_at_risk`` | everybody | health orange or red, not final (idem) |
| ``pst_all_actions`` | everybody | every action and sub-action; the filter form gives by service (every service), by state |
"""

from DateTime import DateTime
from ia.core.dashboard import principal
from ia.core.dashboard.lists import DashboardList
from ia.pst import _
from ia.pst.content import ACTION
from ia.pst.content import PROGRAMME
from ia.pst.content import WORK
from plone import api


COLUMNS = (
    "pst_reference",
    "title",
    "pst_progress",
    "pst_health",
    "pst_budget",
    "pst_planned_end",
    "services",
    "state",
)
MODIFY = "Modify portal content"
BATCH = (("@@ia-pst-health", _("Change health…")),)


def oversees_a_programme(userid) -> bool:
    """May ``userid`` edit a programme (not only its items)?"""
    user = api.user.get(userid=userid)
    if user is None:
        return False
    return any(
        api.user.has_permission(MODIFY, user=user, obj=brain.getObject())
        for brain in api.content.find(portal_type=PROGRAMME)
    )


class PstList(DashboardList):
    columns = COLUMNS
    default_sort = ("pst_reference", "ascending")
    batch_actions = BATCH

    def available(self):
        return ACTION in api.portal.get_tool("portal_types")

    def scoped(self, userid, **query):
        """``query`` on the work items, of my services when I have some,
        unless I am in charge of a programme (the general director, the
        secretariat: who may edit it see all of it)."""
        query["portal_type"] = list(WORK)
        services = principal.services_of_user(userid)
        if services and not oversees_a_programme(userid):
            query["ia_responsible_services"] = services
        return query


class MyActions(PstList):
    id = "pst_my_actions"
    title = _("PST actions of my services")
    order = 300
    group = "my_services"  # the core tab it sits under

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return self.scoped(userid, ia_final=False)


class MyResponsibility(PstList):
    id = "pst_my_responsibility"
    title = _("PST actions in my charge")
    order = 305
    group = "to_treat"  # the core tab it sits under

    def query(self, userid):
        return {
            "portal_type": list(WORK),
            "ia_assigned_agent": userid,
            "ia_final": False,
        }


class LateActions(PstList):
    id = "pst_late_actions"
    title = _("Late PST actions")
    order = 310
    group = "overdue"  # the core tab it sits under
    default_sort = ("pst_planned_end", "ascending")

    def query(self, userid):
        today = DateTime(DateTime().Date())
        return self.scoped(
            userid,
            ia_final=False,
            ia_pst_planned_end={"query": today - 1.0 / 86400, "range": "max"},
        )


class AtRisk(PstList):
    id = "pst_at_risk"
    title = _("PST actions at risk")
    order = 315
    group = "my_services"  # the core tab it sits under

    def query(self, userid):
        return self.scoped(userid, ia_final=False, ia_pst_health=["orange", "red"])


class AllActions(PstList):
    id = "pst_all_actions"
    title = _("All PST actions")
    order = 320
    group = "my_services"  # the core tab it sits under

    all_services = True  # its filter offers every service (by service)

    def query(self, userid):
        return {"portal_type": list(WORK)}
