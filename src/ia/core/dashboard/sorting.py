"""Sorting a dashboard list: one catalog query, no document left out.

ZCatalog drops from a sorted result every document that has no value in
the sort index: sorting "to treat by me" on the due date would hide the
documents without one. ``sorted_search`` keeps them, after the others
(like SQL's ``NULLS LAST``), still from the catalog only.

The catalog is asked once, unsorted (the security filter and every index
applied as usual), for the record ids of the list. The page is then put
in order in the cheaper of two ways:

- **walking the sort index** from its first (or last) value and keeping
  the record ids that are in the list, until the page is full: a few
  hundred look-ups when the list holds a good share of the site ("of my
  services" on the modification date), however long the list;
- **one pass over the list**: each record id's value read from the index,
  the ones with a value sorted, those without after them: when the list
  is a small part of the site ("to treat by me" of one agent).

The catalog's own sort reads every record id of the result in Python (its
"n-best" loop) and cannot keep the documents without a value. What still
grows with the site is the query itself (the catalog's set intersections,
in C). Brains are made only for the rows read.
"""

from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from plone import api
from Products.PluginIndexes.DateIndex.DateIndex import DateIndex
from Products.PluginIndexes.FieldIndex.FieldIndex import FieldIndex
from Products.PluginIndexes.unindex import UnIndex
from Products.PluginIndexes.UUIDIndex.UUIDIndex import UUIDIndex


_NO_VALUE = object()
# Indexes whose value tree maps each value to the documents holding it, one
# value per document: the order can be read from the tree. (A keyword index
# lists a document under several values; a boolean index keeps one set.)
WALKABLE = (DateIndex, FieldIndex, UUIDIndex)
# Walk the index when the look-ups it is expected to take are below this
# share of one pass over the list (a look-up costs a bisection, a pass step
# a mapping read: about the same).
WALK_RATIO = 0.5


def _rid(item):
    # Text queries give (score, rid) pairs; the others give rids.
    return item[1] if isinstance(item, tuple) else item


def result_rids(results):
    """The record ids of an unsorted catalog result, ascending, without
    making brains."""
    seq = getattr(results, "_seq", None)
    if seq is None:
        rids = [brain.getRID() for brain in results]
    elif isinstance(seq, list) and not (seq and isinstance(seq[0], tuple)):
        return seq  # IISet.keys(): a sorted list already
    else:
        rids = [_rid(item) for item in seq]
    rids.sort()
    return rids


def sparse_order(rids, values, descending=False):
    """``rids`` (ascending, as the catalog gives them) ordered on their value
    in ``values`` (a record id → value mapping); those without a value
    last, in record-id order. Equal values keep the record-id order."""
    keyed = []
    missing = []
    get = values.get
    for rid in rids:
        value = get(rid, _NO_VALUE)
        if value is _NO_VALUE:
            missing.append(rid)
        else:
            keyed.append((value, rid))
    keyed.sort(key=itemgetter(0), reverse=descending)
    missing.sort()
    return [rid for _value, rid in keyed] + missing


def _entries(tree, descending):
    """(value, record ids) of an index's value tree, in order."""
    if not descending:
        yield from tree.items()
        return
    items = tree.items()
    for position in range(len(items) - 1, -1, -1):
        yield items[position]


def walk_order(index, rids, wanted, descending=False, budget=None):
    """The first ``wanted`` of ``rids`` (ascending) in the order
    ``sparse_order`` gives, read from the index's values; None when that
    takes more than ``budget`` look-ups, or when the index runs out first
    (the rest are documents without a value: ``sparse_order`` places them)."""
    found = []
    size = len(rids)
    looked = 0
    for _value, documents in _entries(index._index, descending):
        for rid in (documents,) if isinstance(documents, int) else documents:
            looked += 1
            position = bisect_left(rids, rid)
            if position < size and rids[position] == rid:
                found.append(rid)
        if len(found) >= wanted:
            return found
        if budget is not None and looked > budget:
            return None
    return None


class SortedRecords(Sequence):
    """The sorted list as a lazy sequence knowing ``actual_result_count``,
    like the catalog's results: the first ``len(head)`` record ids are
    known; the whole order is computed by ``complete()`` only if a row
    after them is read."""

    def __init__(self, catalog, count, head, complete):
        self._catalog = catalog._catalog
        self._head = head
        self._complete = complete
        self._all = None
        self.actual_result_count = count

    def __len__(self):
        return self.actual_result_count

    def _order(self, stop):
        if stop <= len(self._head):
            return self._head
        if self._all is None:
            self._all = self._complete()
        return self._all

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            rids = self._order(max(start, stop))[start:stop:step]
            return [self._catalog[rid] for rid in rids]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._catalog[self._order(index + 1)[index]]


def sorted_search(query, sort_index, sort_order, b_start, b_size):
    """Catalog results of ``query`` sorted on ``sort_index``, none left out."""
    catalog = api.portal.get_tool("portal_catalog")
    index = catalog._catalog.getIndex(sort_index)
    if not isinstance(index, UnIndex):
        # Not a value → documents index (e.g. a date range): the catalog sorts.
        return catalog.searchResults(
            **dict(
                query,
                sort_on=sort_index,
                sort_order=sort_order,
                b_start=b_start,
                b_size=b_size,
            )
        )
    descending = sort_order in ("descending", "reverse")
    rids = result_rids(catalog.searchResults(**query))

    def complete():
        return sparse_order(rids, index.documentToKeyMap(), descending)

    wanted = b_start + b_size
    head = []
    if rids and wanted and isinstance(index, WALKABLE):
        # Look-ups expected to fill the page by walking the index, against
        # one pass over the list: walk when clearly cheaper.
        expected = wanted * len(index.documentToKeyMap()) / len(rids)
        if expected < len(rids) * WALK_RATIO:
            head = walk_order(index, rids, wanted, descending, budget=len(rids)) or []
    return SortedRecords(catalog, len(rids), head, complete)
