"""The agenda of a meeting: order, numbers, moves.

The meeting keeps its presented items' UIDs in the manual order
(``Meeting.item_uids``). The agenda shows them in sections: public items
before closed-session ones, and within each, normal items before late and
emergency ones; inside a section the manual order holds. Items are numbered
1, 2, ... in that order; ``item_number`` is stored on each item (and
indexed) so that listings need not recompute it.
"""

from ia.delib import _
from ia.delib.errors import DelibError
from plone import api


PRIVACY_RANK = {"public": 0, "secret": 1}
LIST_RANK = {"normal": 0, "late": 1, "emergency": 1}


def section(item) -> tuple[int, int]:
    """Sort key of the item's section in the agenda."""
    return (
        PRIVACY_RANK.get(getattr(item, "privacy", None), 0),
        LIST_RANK.get(getattr(item, "list_type", None), 0),
    )


def unrestricted_get(uid):
    """The object with ``uid`` whatever the user may see, or None."""
    if not uid or not isinstance(uid, str):
        return None
    brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def _resolve(uids):
    """The objects of ``uids`` in that order, in one catalog query and
    without the user's security: the agenda's order and numbers are the
    same for everyone; listings shown to a user filter on View themselves."""
    uids = list(uids)
    if not uids:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    found = {
        brain.UID: brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(UID=uids)
    }
    return [found[uid] for uid in uids if uid in found]


def items(meeting, *, own_only=True) -> list:
    """The items of ``meeting`` in agenda order.

    ``own_only``: skip items that left the meeting since (delayed then
    presented elsewhere).
    """
    uid = api.content.get_uuid(meeting)
    result = _resolve(meeting.agenda_uids())
    if own_only:
        result = [item for item in result if item.meeting_uid == uid]
    return sorted(result, key=section)  # stable: manual order inside a section


def _reindex_number(item) -> None:
    """Reindex what the number feeds: nothing while the catalog has neither
    an index nor a column ``item_number`` (a full reindex of every renumbered
    item made moving an item in a 200-item agenda take seconds)."""
    catalog = api.portal.get_tool("portal_catalog")
    if "item_number" in catalog.schema():
        item.reindexObject()
    elif "item_number" in catalog.indexes():
        item.reindexObject(idxs=["item_number"])


def renumber(meeting) -> None:
    """Store each own item's number in agenda order; reindex the changed ones."""
    for number, item in enumerate(items(meeting), start=1):
        if item.item_number != number:
            item.item_number = number
            _reindex_number(item)


def add(meeting, item) -> None:
    """Append ``item`` (at the end of its section) and renumber."""
    uids = meeting.agenda_uids()
    uid = api.content.get_uuid(item)
    if uid not in uids:
        uids.append(uid)
    item.meeting_uid = api.content.get_uuid(meeting)
    renumber(meeting)


def remove(meeting, item) -> None:
    """Take ``item`` off the agenda and renumber the others."""
    uids = meeting.agenda_uids()
    uid = api.content.get_uuid(item)
    if uid in uids:
        uids.remove(uid)
    item.meeting_uid = None
    item.item_number = None
    item.reindexObject()
    renumber(meeting)


def move(meeting, item, position: int) -> None:
    """Give ``item`` the agenda number ``position`` (1-based), within its section.

    An item never leaves its section by a move (a closed-session item stays
    after the public ones, a late item after the normal ones): a position
    before its section puts it first of the section, one after it last.
    Change the item's privacy or list to move it to another section.
    """
    if item.meeting_uid != api.content.get_uuid(meeting):
        raise DelibError(_("This item is not on the agenda of this meeting."))
    if not isinstance(position, int) or isinstance(position, bool) or position < 1:
        raise DelibError(_("The position must be a whole number from 1."))
    own = items(meeting)
    first = next(i for i, other in enumerate(own) if section(other) == section(item))
    peers = [other for other in own if section(other) == section(item)]
    peers.remove(item)
    index = min(max(position - 1 - first, 0), len(peers))
    peers.insert(index, item)
    # The section's items, in their new order, take the section's old slots
    # in the manual order.
    peer_uids = [api.content.get_uuid(peer) for peer in peers]
    uids = meeting.agenda_uids()
    slots = [i for i, uid in enumerate(uids) if uid in set(peer_uids)]
    for slot, uid in zip(slots, peer_uids, strict=True):
        uids[slot] = uid
    renumber(meeting)
