"""One pass of the catalog's indexing queue at a time, commit included.

CMFCore processes the indexing queue before a commit (``QueueTM.before_commit``)
without marking it as being processed, unlike ``processQueue``. An indexer
that searches the catalog (a mail's sender or recipients by their titles)
then calls ``processQueue`` from inside that pass, and the same document is
indexed again while its first record is being written: the catalog keeps a
second record id for its path, with the values of the moment (a sent reply
still listed "En rédaction" in "À traiter"; "A different document with value
... already exists in the index" in the log). :func:`apply` marks the queue
as being processed during the commit's pass too, as ``processQueue`` does;
it is applied once, when ``ia.core`` is imported.

"Being processed" must be per thread. CMFCore keeps one queue object for
every thread (a ``threading.local``: its items are per thread) and one
module-level set ``processing``: while one thread processed its queue,
``queue in processing`` was true in every other thread, so another thread's
commit skipped indexing its documents (they stayed in its queue, missing
from the catalog until its next request). :class:`ThreadProcessing`
replaces that set with one per thread; CMFCore's ``processQueue`` reads it
by its module name, so both paths use it.
"""

from Products.CMFCore import indexing
import threading


_APPLIED = "_ia_guarded"


class ThreadProcessing:
    """The queues being processed *by this thread* (a set per thread)."""

    def __init__(self):
        self._local = threading.local()

    def _mine(self) -> set:
        mine = getattr(self._local, "queues", None)
        if mine is None:
            mine = self._local.queues = set()
        return mine

    def __contains__(self, queue) -> bool:
        return queue in self._mine()

    def add(self, queue) -> None:
        self._mine().add(queue)

    def discard(self, queue) -> None:
        self._mine().discard(queue)

    def remove(self, queue) -> None:  # CMFCore's processQueue uses it
        self._mine().remove(queue)


def _guarded_before_commit(self):
    queue = self.queue
    if queue in indexing.processing:
        return
    indexing.processing.add(queue)
    try:
        queue.process()
    finally:
        indexing.processing.discard(queue)


def apply() -> None:
    if getattr(indexing.QueueTM, _APPLIED, False):
        return
    indexing.processing = ThreadProcessing()
    indexing.QueueTM.before_commit = _guarded_before_commit
    setattr(indexing.QueueTM, _APPLIED, True)
