"""Dashboard lists of the advices (``IDashboardList`` utilities).

- ``delib_advices_to_give`` (*Avis à donner*): advices under edit of my
  services;
- ``delib_advices_overdue`` (*Avis en retard*): for meeting managers, the
  advices under edit past their due date on the items of the bodies they
  manage.
"""

from DateTime import DateTime
from datetime import datetime
from ia.core.dashboard import principal
from ia.core.dashboard.lists import DashboardList
from ia.delib import _
from ia.delib.advices import ADVICE_TYPE
from ia.delib.content.body import MEETING_MANAGERS_SUFFIX
from plone import api


COLUMNS = ("title", "state", "services", "due", "modified")


def _installed():
    """The profile is installed when the advice type exists."""
    return ADVICE_TYPE in api.portal.get_tool("portal_types").objectIds()


def managed_body_paths(userid) -> list[str]:
    """Paths of the bodies whose meeting managers group holds ``userid``."""
    user = api.user.get(userid=userid)
    if user is None:
        return []
    groups = set(user.getGroups())
    body_ids = [
        group[: -len(MEETING_MANAGERS_SUFFIX)]
        for group in groups
        if group.endswith(MEETING_MANAGERS_SUFFIX)
    ]
    if not body_ids:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    return sorted(
        brain.getPath()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="IaDelibBody", getId=body_ids
        )
    )


class AdvicesToGive(DashboardList):
    id = "delib_advices_to_give"
    title = _("Advices to give")
    order = 35
    columns = COLUMNS
    default_sort = ("due", "ascending")

    def available(self):
        return _installed()

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {
            "portal_type": ADVICE_TYPE,
            "review_state": "under_edit",
            "ia_responsible_services": services,
        }


class AdvicesOverdue(DashboardList):
    id = "delib_advices_overdue"
    title = _("Overdue advices")
    order = 55
    columns = COLUMNS
    default_sort = ("due", "ascending")

    def available(self):
        return _installed()

    def query(self, userid):
        paths = managed_body_paths(userid)
        if not paths:
            return None
        today = DateTime(datetime.now().strftime("%Y-%m-%d 00:00:00"))
        return {
            "portal_type": ADVICE_TYPE,
            "review_state": "under_edit",
            "path": paths,
            # A DateIndex "max" range is inclusive: stop one second before today.
            "ia_due_date": {"query": today - 1.0 / 86400, "range": "max"},
        }
