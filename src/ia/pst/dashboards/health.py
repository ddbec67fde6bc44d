"""Batch change of health: set the health (and its details) of the selected
actions and sub-actions.

Each item is changed alone; an item the user may not
edit, or that is not an action, is reported and left as it was. A bad
health or selection is refused before anything changes.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import check_uids
from ia.core.views.batch import result as _result
from ia.core.views.batch import selected
from ia.pst import _
from ia.pst.content import HEALTHS
from ia.pst.content import WORK
from plone import api
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


def check_health(health):
    if health not in HEALTHS:
        raise InvalidParameter(_("Choose the health: green, orange or red."))
    return health


def _refusal(item):
    if item is None:
        return _("Action not found or not visible to you.")
    if item.portal_type not in WORK:
        return _("Only actions and sub-actions have a health.")
    if not api.user.has_permission("Modify portal content", obj=item):
        return _("You may not change this action.")
    return None


def set_health(uids, health, details="", request=None) -> list:
    """Set ``health`` on each selected item; one result per uid."""
    uids = check_uids(uids)
    health = check_health(health)
    if not isinstance(details, str):
        raise InvalidParameter(_("The details must be text."))
    items = selected(uids)
    results = []
    for uid in uids:
        item = items.get(uid)
        refusal = _refusal(item)
        if refusal is not None:
            results.append(_result(uid, item, False, refusal, request))
            continue
        item.health = health
        if details:
            item.health_details = details
        notify(ObjectModifiedEvent(item))
        results.append(_result(uid, item, True, _("Health changed."), request))
    return results
