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

from ia.delib.content.item import IIaDelibItem
from ia.delib.content.vocabularies import body_of
from plone import api
from plone.indexer import indexer


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


@indexer(IIaDelibItem)
def ia_preferred_meeting_date(item):
    uid = getattr(item, "preferred_meeting", None)
    catalog = api.portal.get_tool("portal_catalog")
    brains = (
        catalog.unrestrictedSearchResults(UID=uid, portal_type="IaDelibMeeting")
        if uid
        else ()
    )
    # The meeting itself, not its brain: it may not be reindexed yet.
    meeting = (
        api.portal.get().unrestrictedTraverse(brains[0].getPath(), None)
        if brains
        else None
    )
    start = getattr(meeting, "start", None)
    if not start:
        raise AttributeError("ia_preferred_meeting_date")
    return start


def reindex_items_of_meeting(meeting, event):
    """A meeting edited (its date may have moved): the items that prefer it
    sort on its new date."""
    catalog = api.portal.get_tool("portal_catalog")
    if "ia_preferred_meeting" not in catalog.indexes():
        return
    for brain in catalog.unrestrictedSearchResults(ia_preferred_meeting=meeting.UID()):
        brain._unrestrictedGetObject().reindexObject(idxs=["ia_preferred_meeting_date"])
