"""The dashboard lists of iA.Delib, each ONE catalog query over items.

- ``delib_items_to_validate``: the core's "to validate by me" (the ``ia_ball``
  keys of my reviewer functions, which the item workflow's ball already
  fills) narrowed to items;
- ``delib_items_of_my_services``: the items of my services not final yet
  (``ia_final``: a delayed item is still open);

  both near-duplicates of a core tab (``alias_of``): the page shows the core
  list filtered on iA.Delib instead, REST still answers them;
- ``delib_items_to_present``: validated items of the bodies whose meetings
  I manage (group ``<body id>_meeting_managers``); the core's batch
  transition ``present`` presents each one to its preferred meeting.
"""

from ia.core.dashboard import principal
from ia.core.dashboard.lists import DashboardList
from ia.core.dashboard.lists import ToValidate
from ia.delib import _
from ia.delib.content.body import MEETING_MANAGERS_SUFFIX
from plone import api


ITEM_TYPE = "IaDelibItem"
# The core's columns plus iA.Delib's (``columns.py``): body, preferred meeting.
ITEM_COLUMNS = (
    "reference",
    "title",
    "body",
    "preferred_meeting",
    "state",
    "services",
    "modified",
)


class _ItemList(DashboardList):
    columns = ITEM_COLUMNS
    product = "ia.delib"

    def available(self):
        return ITEM_TYPE in api.portal.get_tool("portal_types")


class ItemsToValidate(_ItemList):
    id = "delib_items_to_validate"
    title = _("Items to validate")
    order = 21
    alias_of = "to_validate"

    def query(self, userid):
        query = ToValidate().query(userid)
        if query is None:
            return None
        query["portal_type"] = ITEM_TYPE
        return query


class ItemsOfMyServices(_ItemList):
    id = "delib_items_of_my_services"
    title = _("Items of my services")
    order = 31
    alias_of = "my_services"

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {
            "portal_type": ITEM_TYPE,
            "ia_responsible_services": services,
            "ia_final": False,
        }


def managed_body_paths(userid) -> list[str]:
    """Paths of the bodies whose meeting managers group holds ``userid``."""

    user = api.user.get(userid=userid) if userid else None
    if user is None:
        return []
    body_ids = {
        group[: -len(MEETING_MANAGERS_SUFFIX)]
        for group in user.getGroups()
        if group.endswith(MEETING_MANAGERS_SUFFIX)
    }
    if not body_ids:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="IaDelibBody", id=sorted(body_ids)
    )
    return sorted(brain.getPath() for brain in brains)


class ItemsToPresent(_ItemList):
    id = "delib_items_to_present"
    title = _("Items to present")
    order = 22

    def query(self, userid):
        paths = managed_body_paths(userid)
        if not paths:
            return None
        return {"portal_type": ITEM_TYPE, "review_state": "validated", "path": paths}
