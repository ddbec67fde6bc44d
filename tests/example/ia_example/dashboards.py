"""The dashboard list and column of iA.Example (``dashboards.zcml``).

| id | who | query |
|---|---|---|
| ``example_requests_in_treatment`` | everybody in a service | requests of my services, ``in_treatment`` |

| column | header (fr) | metadata | sorts on |
|---|---|---|---|
| ``example_topic`` | Sujet | ``ia_example_topic`` | ``ia_example_topic`` |
"""

from ia.core.dashboard import principal
from ia.core.dashboard.columns import Column
from ia.core.dashboard.lists import DashboardList
from plone import api
from tests.example.ia_example import _
from tests.example.ia_example.content import TYPE


class RequestsInTreatment(DashboardList):
    id = "example_requests_in_treatment"
    title = _("Requests in treatment")
    order = 200
    columns = ("reference", "title", "example_topic", "agent", "due", "state")
    default_sort = ("due", "ascending")

    def available(self):
        """Only where the product is installed (the type exists)."""
        return TYPE in api.portal.get_tool("portal_types")

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {
            "portal_type": TYPE,
            "review_state": "in_treatment",
            "ia_responsible_services": services,
        }


class TopicColumn(Column):
    id = "example_topic"
    title = _("column_topic", default="Topic")
    metadata = "ia_example_topic"
    sort_index = "ia_example_topic"
