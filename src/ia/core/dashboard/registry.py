"""Look-up of the dashboard lists registered as named utilities."""

from ia.core.dashboard.interfaces import IDashboardList
from zope.component import getUtilitiesFor
from zope.component import queryUtility


class UnknownList(LookupError):
    """No available dashboard list has this id."""


def available_lists():
    """The available lists, ordered by ``order`` then id."""
    lists = [
        utility
        for _name, utility in getUtilitiesFor(IDashboardList)
        if utility.available()
    ]
    return sorted(lists, key=lambda dlist: (dlist.order, dlist.id))


def get_list(list_id):
    dlist = queryUtility(IDashboardList, name=list_id or "")
    if dlist is None or not dlist.available():
        raise UnknownList(list_id)
    return dlist


def lists_for_user(userid):
    """[(list, query)] of the available lists that apply to the user."""
    result = []
    for dlist in available_lists():
        query = dlist.query(userid)
        if query is not None:
            result.append((dlist, query))
    return result


def group_of(dlist):
    """The core list (tab) ``dlist`` sits under: itself for a core list."""
    from ia.core.dashboard.lists import CORE_LISTS

    if dlist.id in CORE_LISTS:
        return dlist.id
    explicit = getattr(dlist, "alias_of", None) or getattr(dlist, "group", None)
    if explicit in CORE_LISTS:
        return explicit
    tens = {list_id: (index + 1) * 10 for index, list_id in enumerate(CORE_LISTS)}
    below = [list_id for list_id, order in tens.items() if order <= dlist.order]
    return below[-1] if below else CORE_LISTS[0]
