"""The dashboard lists and columns of iA.Urban (``dashboards.zcml``).

| id | title (fr) | query |
|---|---|---|
| ``urban_files`` | Permis de mes services | licences of my services, not final |
| ``urban_due_soon_mine`` | Mes permis à échéance sous 7 jours | folder manager = me, next deadline today..+7 |
| ``urban_late_mine`` | Mes permis en retard | folder manager = me, next deadline < today |
| ``urban_due_soon`` | Permis du service à échéance sous 7 jours | my services, next deadline today..+7 |
| ``urban_late`` | Permis du service en retard | my services, next deadline < today |

The next deadline is the file's due date (``ia_due_date``, kept by
:mod:`ia.urban.deadlines.api`); final states are out (``ia_final``). A list
is shown only to users whose services hold licence files (one query per
request), so the other services' dashboards do not grow five empty tabs.
"""

from DateTime import DateTime
from datetime import date
from datetime import timedelta
from ia.core.dashboard import principal
from ia.core.dashboard.columns import Column
from ia.core.dashboard.columns import VocabularyColumn
from ia.core.dashboard.lists import DashboardList
from ia.core.requestcache import cached
from ia.urban import _
from ia.urban.kinds import LICENCE_TYPES
from plone import api


COLUMNS = (
    "reference",
    "title",
    "urban_applicant",
    "urban_address",
    "urban_next_deadline",
    "due",
    "agent",
    "state",
)


def _day(value: date) -> DateTime:
    return DateTime(value.strftime("%Y-%m-%d 00:00:00"))


def _urban_services(userid):
    """My services that hold licence files (computed once per request)."""

    def compute():
        services = principal.services_of_user(userid)
        if not services:
            return []
        catalog = api.portal.get_tool("portal_catalog")
        return [
            uid
            for uid in services
            if catalog.unrestrictedSearchResults(
                portal_type=list(LICENCE_TYPES),
                ia_responsible_services=uid,
                sort_limit=1,
            )
        ]

    return cached(("ia.urban.services", userid), compute)


def due_soon_days() -> int:
    return int(api.portal.get_registry_record("ia.urban.due_soon_days", default=7) or 7)


def due_range(today=None):
    today = today or date.today()
    return {
        "query": (_day(today), _day(today + timedelta(days=due_soon_days())) + 0.99999),
        "range": "min:max",
    }


def late_range(today=None):
    today = today or date.today()
    return {"query": _day(today) - 1.0 / 86400, "range": "max"}


class UrbanList(DashboardList):
    columns = COLUMNS
    default_sort = ("due", "ascending")
    scope = "service"  # or "mine"

    def available(self):
        return LICENCE_TYPES[0] in api.portal.get_tool("portal_types")

    def base(self, userid):
        services = _urban_services(userid)
        if not services:
            return None
        query = {"portal_type": list(LICENCE_TYPES), "ia_final": False}
        if self.scope == "mine":
            query["ia_assigned_agent"] = userid
        else:
            query["ia_responsible_services"] = services
        return query


class UrbanFiles(UrbanList):
    id = "urban_files"
    title = _("Licences of my services")
    order = 70

    def query(self, userid):
        return self.base(userid)


class DueSoonMine(UrbanList):
    id = "urban_due_soon_mine"
    title = _("My licences due within 7 days")
    order = 71
    scope = "mine"

    def query(self, userid):
        query = self.base(userid)
        if query is not None:
            query["ia_due_date"] = due_range()
        return query


class LateMine(UrbanList):
    id = "urban_late_mine"
    title = _("My late licences")
    order = 72
    scope = "mine"

    def query(self, userid):
        query = self.base(userid)
        if query is not None:
            query["ia_due_date"] = late_range()
        return query


class DueSoon(DueSoonMine):
    id = "urban_due_soon"
    title = _("Licences of the service due within 7 days")
    order = 73
    scope = "service"


class Late(LateMine):
    id = "urban_late"
    title = _("Late licences of the service")
    order = 74
    scope = "service"


class ApplicantColumn(Column):
    id = "urban_applicant"
    title = _("column_applicant", default="Applicant")
    metadata = "ia_urban_applicant"
    sort_index = "ia_urban_applicant"


class AddressColumn(Column):
    id = "urban_address"
    title = _("column_address", default="Address")
    metadata = "ia_urban_address"
    sort_index = "ia_urban_address"


class NextDeadlineColumn(VocabularyColumn):
    id = "urban_next_deadline"
    title = _("column_next_deadline", default="Next deadline")
    metadata = "ia_urban_next_deadline"
    sort_index = None
    vocabulary = "ia.urban.deadline_rules"
