"""Catalog metadata of the item dashboards' columns (``columns.py``).

- ``ia_delib_body``: the UID of the body holding the item;
- ``ia_preferred_meeting``: the UID of the item's preferred meeting.

Titles and dates are looked up when a page is shown (one query per page),
so a renamed body or a moved meeting never leaves a stale row.
"""

from ia.delib.content.item import IIaDelibItem
from ia.delib.content.vocabularies import body_of
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
