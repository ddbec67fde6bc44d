"""Persistent storage of the numbering counters.

One ``Counter`` per (register, year), each its own persistent record, in an
``OOBTree`` kept in an annotation of the site. ``Counter`` deliberately has
no ``_p_resolveConflict``: two transactions that increment the same counter
conflict, and the later one is retried (the Zope publisher retries
``ConflictError``; scripts use ``transaction.manager.attempts()``). Merging
the increments instead would hand out the same number twice.
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "ia.core.numbering"


class Counter(Persistent):
    """The last number allocated in one (register, year)."""

    def __init__(self, last=0):
        self.last = last

    def __repr__(self):
        return f"<Counter last={self.last}>"


def counters(portal, create=True):
    """The ``OOBTree`` mapping ``(register, year)`` to ``Counter``."""
    annotations = IAnnotations(portal)
    tree = annotations.get(ANNOTATION_KEY)
    if tree is None and create:
        tree = annotations[ANNOTATION_KEY] = OOBTree()
    return tree


def get_counter(portal, register, year, create=False):
    tree = counters(portal, create=create)
    if tree is None:
        return None
    key = (register, int(year))
    counter = tree.get(key)
    if counter is None and create:
        counter = tree[key] = Counter()
    return counter
