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
"""

from Products.CMFCore import indexing


_APPLIED = "_ia_guarded"


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
    indexing.QueueTM.before_commit = _guarded_before_commit
    setattr(indexing.QueueTM, _APPLIED, True)
