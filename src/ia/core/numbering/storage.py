"""Persistent storage of the numbering counters.

One ``Counter`` per (register, year), each its own persistent record, in an
``OOBTree`` kept in an annotation of the site.

Two transactions that take numbers from the same counter must never both
commit the same number, and no number may be lost (gap-free). A plain
persistent integer gives that, but makes every pair of *overlapping*
registrations conflict: each reads the counter from its snapshot (taken when
its request began), so any registration committed meanwhile makes it stale.
With four clerks at once, most registrations were retried several times and
some ended in an error (issue 10).

``Counter.take`` therefore reads the counter's last *committed* value (a
fresh connection, not the request's snapshot) when the transaction first
takes a number, and remembers it as ``base``. ``_p_resolveConflict`` accepts
the transaction's counter only if ``base`` is still the committed value:
then no other transaction committed a number in between, and ours follow
the committed ones without gap. Otherwise (someone committed a number after
our fresh read: a window of milliseconds, not of the whole request) the
conflict stands and the transaction is retried, as before. ``set_next``
writes without ``base``: it never merges. ``ia.core.numbering.lock`` keeps
other transactions of the same host from taking numbers of the same counter
until ours ended, so that window is rarely hit.
"""

from BTrees.OOBTree import OOBTree
from ia.core.numbering.lock import hold
from persistent import Persistent
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations
import transaction


ANNOTATION_KEY = "ia.core.numbering"


class Counter(Persistent):
    """The last number allocated in one (register, year)."""

    base = None  # the committed ``last`` this transaction's numbers follow

    def __init__(self, last=0):
        self.last = last

    def __repr__(self):
        return f"<Counter last={self.last}>"

    def take(self) -> int:
        """The next number; the first in a transaction follows the last
        committed one (see the module's docstring)."""
        jar = self._p_jar
        current = jar.transaction_manager.get() if jar is not None else None
        if current is not None and getattr(self, "_v_taken_in", None) is not current:
            # the first number of this transaction (a savepoint may have
            # cleared ``_p_changed``: the transaction itself is compared)
            self._v_taken_in = current
            if self._p_oid is not None:
                hold(self._p_oid, current)
            committed = committed_last(self)
            if committed is not None:
                self.base = committed
                self.last = committed
        self.last += 1
        return self.last

    def set_last(self, last: int):
        """An administrator's change (``set_next``): never merged."""
        self.last = last
        self.base = None

    def _p_resolveConflict(self, old, committed, new):
        base = new.get("base")
        if base is None or base != committed.get("last", 0):
            raise ConflictError("numbering counter taken meanwhile")
        return new


def committed_last(counter):
    """The counter's last committed value, read in a connection of its own
    (None for a counter not committed yet)."""
    jar, oid = counter._p_jar, counter._p_oid
    if jar is None or oid is None:
        return None
    # ZEO delivers other clients' commits asynchronously: a round trip to
    # the server first, so that those committed before it are seen
    ping = getattr(jar.db().storage, "ping", None)
    if callable(ping):
        ping()
    manager = transaction.TransactionManager()
    connection = jar.db().open(transaction_manager=manager)
    try:
        manager.begin()
        try:
            return connection.get(oid).last
        except KeyError:  # created by this transaction: nothing committed
            return None
    finally:
        manager.abort()
        connection.close()


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
