"""Sorting on a sparse index without losing documents.

ZCatalog drops from a sorted result every document that has no value in
the sort index: sorting "to treat by me" on the due date would hide the
documents without one. ``sorted_search`` keeps them, after the others
(like SQL's ``NULLS LAST``), still from the catalog only: the documents
without a value are found by comparing result record ids with the index.
"""

from collections.abc import Sequence
from plone import api


# Indexes every catalogued document has a value in: plain catalog sorting is exact.
DENSE_INDEXES = {
    "modified",
    "created",
    "sortable_title",
    "portal_type",
    "review_state",
    "getId",
}


def _rid(item):
    # Text queries give (score, rid) pairs; the others give rids.
    return item[1] if isinstance(item, tuple) else item


class SparseSortedResults(Sequence):
    """Sorted brains with a value, then the brains without, as one lazy sequence."""

    def __init__(self, catalog, sorted_results, missing_rids):
        self._catalog = catalog._catalog
        self._sorted = sorted_results
        self._with_value = getattr(
            sorted_results, "actual_result_count", len(sorted_results)
        )
        self._missing = missing_rids
        self.actual_result_count = self._with_value + len(missing_rids)

    def __len__(self):
        return self.actual_result_count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < self._with_value:
            return self._sorted[index]
        return self._catalog[self._missing[index - self._with_value]]


def sorted_search(query, sort_index, sort_order, b_start, b_size):
    """Catalog results of ``query`` sorted on ``sort_index``, none left out."""
    catalog = api.portal.get_tool("portal_catalog")
    batched = dict(
        query, sort_on=sort_index, sort_order=sort_order, b_start=b_start, b_size=b_size
    )
    results = catalog.searchResults(**batched)
    if sort_index in DENSE_INDEXES:
        return results
    everything = catalog.searchResults(**query)
    total = getattr(everything, "actual_result_count", len(everything))
    with_value = getattr(results, "actual_result_count", len(results))
    if total == with_value:
        return results
    # Some documents have no value: list them after the sorted ones.
    # A batch from the end of a sorted result is computed by the catalog
    # from the reversed order; ask again from the start to keep indexing simple.
    if b_start:
        results = catalog.searchResults(
            **dict(
                query,
                sort_on=sort_index,
                sort_order=sort_order,
                b_start=0,
                b_size=b_start + b_size,
            )
        )
    known = catalog._catalog.getIndex(sort_index)._unindex
    rids = getattr(everything, "_seq", None)
    rids = (
        [_rid(item) for item in rids]
        if rids is not None
        else [brain.getRID() for brain in everything]
    )
    missing = sorted(rid for rid in rids if rid not in known)
    return SparseSortedResults(catalog, results, missing)
