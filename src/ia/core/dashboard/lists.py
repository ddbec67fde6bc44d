"""The core's dashboard lists: one catalog query each.

Every list keeps to the catalog: the query names indexes only, the rows
are built from metadata (see ``rows.py``).
"""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from ia.core import _
from ia.core.dashboard import principal
from ia.core.dashboard.ball import ball_key
from ia.core.dashboard.columns import DEFAULT_COLUMNS
from ia.core.dashboard.interfaces import IDashboardList
from plone import api
from zope.interface import implementer


def _setting(name, default):
    return api.portal.get_registry_record(f"ia.core.dashboard.{name}", default=default)


def _with_not_final(query):
    query["ia_final"] = False
    return query


def _scope(userid):
    """Documents "for me": of my services, or assigned to me when I have none."""
    services = principal.services_of_user(userid)
    if services:
        return {"ia_responsible_services": services}
    return {"ia_assigned_agent": userid}


#: The ids of the core lists: the tabs of the one dashboard of a user.
CORE_LISTS = ("to_treat", "to_validate", "my_services", "in_copy", "overdue", "recent")


@implementer(IDashboardList)
class DashboardList:
    """Base class: set ``id``, ``title``, ``order`` and write ``query``.

    One dashboard, one set of tabs: the core lists. A product list sits
    under one of them as a sub-list (``group``: a core list id; by default
    the core list whose ``order`` is the tens of its own, e.g. 11-19 under
    ``to_treat``). ``alias_of`` marks a deprecated near-duplicate of a core
    list (``mail_to_treat`` = ``to_treat`` for the mails): the page shows
    the core list filtered on ``product``; REST still answers it.
    ``landing``: a user to whom the list applies opens his dashboard on it.
    """

    id = ""
    title = ""
    order = 100
    columns = DEFAULT_COLUMNS
    default_sort = ("modified", "descending")
    group = None
    alias_of = None
    product = None
    landing = False

    def available(self):
        return True

    def query(self, userid):
        return None


class ToTreat(DashboardList):
    id = "to_treat"
    title = _("To treat by me")
    order = 10
    default_sort = ("due", "ascending")

    def query(self, userid):
        return _with_not_final({"ia_assigned_agent": userid})


class ToValidate(DashboardList):
    id = "to_validate"
    title = _("To validate by me")
    order = 20

    def query(self, userid):
        validation_roles = set(
            _setting("validation_roles", ("IaReviewer1", "IaReviewer2", "IaReviewer3"))
            or ()
        )
        keys = sorted(
            ball_key(uid, role)
            for uid, roles in principal.roles_by_service(userid).items()
            for role in roles & validation_roles
        )
        if not keys:
            return None
        return {"ia_ball": keys}


class MyServices(DashboardList):
    id = "my_services"
    title = _("Of my services")
    order = 30

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return _with_not_final({"ia_responsible_services": services})


class InCopy(DashboardList):
    """For information: copy services read documents once they are decided,
    so this list keeps the final states."""

    id = "in_copy"
    title = _("In copy")
    order = 40

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {"ia_copy_services": services}


class Overdue(DashboardList):
    id = "overdue"
    title = _("Overdue")
    order = 50
    default_sort = ("due", "ascending")

    def query(self, userid):
        today = DateTime(datetime.now().strftime("%Y-%m-%d 00:00:00"))
        query = _scope(userid)
        # A DateIndex "max" range is inclusive: stop one second before today.
        query["ia_due_date"] = {"query": today - 1.0 / 86400, "range": "max"}
        return _with_not_final(query)


class Recent(DashboardList):
    id = "recent"
    title = _("Recently modified")
    order = 60

    def query(self, userid):
        days = int(_setting("recent_days", 7) or 7)
        since = DateTime(datetime.now() - timedelta(days=days))
        query = _scope(userid)
        query["modified"] = {"query": since, "range": "min"}
        return query
