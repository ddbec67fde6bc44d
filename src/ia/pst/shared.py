"""The actions an operational objective shows: its own, then the shared
actions of other objectives that also serve it (one action, shown under
each objective it serves)."""

from ia.pst.content import ACTION
from ia.pst.references import children
from plone import api


def shared_actions(operational, *, unrestricted=True) -> list:
    """Actions of other objectives serving ``operational``, by reference."""
    catalog = api.portal.get_tool("portal_catalog")
    search = (
        catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    )
    brains = search(
        portal_type=ACTION,
        ia_pst_objectives=operational.UID(),
        sort_on="ia_pst_sortable",
    )
    path = "/".join(operational.getPhysicalPath())
    return [
        brain._unrestrictedGetObject() if unrestricted else brain.getObject()
        for brain in brains
        if brain.getPath().rsplit("/", 1)[0] != path
    ]


def actions_of(operational) -> list[tuple[object, bool]]:
    """``(action, shared)`` pairs: own actions in order, then shared ones."""
    own = [(action, False) for action in children(operational, ACTION)]
    return own + [(action, True) for action in shared_actions(operational)]
