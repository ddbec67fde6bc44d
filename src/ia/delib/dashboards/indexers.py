"""Catalog metadata of the item dashboards' columns (``columns.py``).

- ``ia_delib_body``: the UID of the body holding the item;
- ``ia_preferred_meeting`` (index and metadata): the UID of the item's
  preferred meeting;
- ``ia_preferred_meeting_date`` (index): that meeting's start, to sort on
  the *Séance souhaitée* column; a meeting whose date changes reindexes
  the items that prefer it (``reindex_items_of_meeting``).

Titles and dates shown are looked up when a page is shown (one query per
page), so a renamed body or a moved meeting never leaves a stale row.
"""

from ia.core.indexing import referrers
from ia.delib.content.item import IIaDelibItem
from ia.delib.content.meeting import IIaDelibMeeting
from ia.delib.content.vocabularies import body_of
from plone import api
from plone.app.uuid.utils import uuidToPhysicalPath
from plone.indexer import indexer


DATE_INDEX = "ia_preferred_meeting_date"


@indexer(IIaDelibItem)
def ia_delib_body(item):
    body = body_of(item)
    if body is None:
        raise AttributeError("ia_delib_body")
    return body.UID()


@indexer(IIaDelibItem)
def ia_preferred_meeting(item):
    uid = getattr(item, "preferred_meeting", None)
    if not uid:
        raise AttributeError("ia_preferred_meeting")
    return uid


def _preferred_meeting(item):
    """The item's preferred meeting, read without security (or None)."""
    uid = getattr(item, "preferred_meeting", None)
    path = uuidToPhysicalPath(uid) if uid else None
    meeting = api.portal.get().unrestrictedTraverse(path, None) if path else None
    return meeting if IIaDelibMeeting.providedBy(meeting) else None


@indexer(IIaDelibItem)
def ia_preferred_meeting_date(item):
    # The meeting itself, not its brain: it may not be reindexed yet.
    start = getattr(_preferred_meeting(item), "start", None)
    if not start:
        raise AttributeError("ia_preferred_meeting_date")
    return start


def reindex_items_of_meeting(meeting, event):
    """A meeting edited: the items that prefer it and whose indexed date is
    not its date any more sort on its new date (the others are not woken)."""
    catalog = api.portal.get_tool("portal_catalog")
    if DATE_INDEX not in catalog.indexes():
        return
    index = catalog._catalog.getIndex(DATE_INDEX)
    start = index._convert(getattr(meeting, "start", None), default=None)

    def stale(brain):
        return index.getEntryForObject(brain.getRID(), default=None) != start

    for item in referrers("ia_preferred_meeting", meeting.UID(), keep=stale):
        item.reindexObject(idxs=[DATE_INDEX])
