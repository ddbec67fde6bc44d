"""One pass of the indexing queue at a time, commit included
(ia.core.indexing_guard).

CMFCore's commit hook (``QueueTM.before_commit``) processed the queue
without marking it as being processed: an indexer that searched the catalog
(``processQueue``) from inside that pass indexed the same document again,
under a second catalog record (seen as a sent reply still listed "En
rédaction"; the iA.Docs browser journey walks that path).
"""

from ia.core import indexing_guard
from Products.CMFCore import indexing
from Products.CMFCore.interfaces import IIndexQueueProcessor
from zope.component import getGlobalSiteManager
from zope.interface import implementer
import pytest
import threading
import transaction


@implementer(IIndexQueueProcessor)
class SearchingProcessor:
    """Indexes by searching the catalog first, as an indexer may."""

    def __init__(self):
        self.indexed = []

    def begin(self):
        pass

    def index(self, obj, attributes=None):
        indexing.processQueue()  # what a catalog search does first
        self.indexed.append(obj)

    def reindex(self, obj, attributes=None, update_metadata=1):
        self.index(obj, attributes)

    def unindex(self, obj):
        pass

    def commit(self):
        pass

    def abort(self):
        pass


@pytest.fixture
def processor():
    gsm = getGlobalSiteManager()
    processor = SearchingProcessor()
    gsm.registerUtility(processor, IIndexQueueProcessor, name="ia-test-searching")
    yield processor
    gsm.unregisterUtility(processor, IIndexQueueProcessor, name="ia-test-searching")
    transaction.abort()


def test_applied_when_ia_core_is_imported():
    assert indexing.QueueTM.before_commit is indexing_guard._guarded_before_commit
    indexing_guard.apply()  # twice changes nothing
    assert indexing.QueueTM.before_commit is indexing_guard._guarded_before_commit


def test_the_commit_pass_indexes_each_document_once(processor):
    queue = indexing.getQueue()
    queue.index("document")
    indexing.QueueTM(queue).before_commit()
    assert processor.indexed == ["document"]
    assert queue.queue == []


def test_another_threads_pass_does_not_stop_this_commit(processor):
    """One queue object serves every thread (its items are per thread):
    while another thread processes its queue, this thread's commit still
    indexes its own documents (it skipped them when "being processed" was
    one set for the process)."""
    assert isinstance(indexing.processing, indexing_guard.ThreadProcessing)
    busy, release = threading.Event(), threading.Event()

    def other_thread():
        queue = indexing.getQueue()
        indexing.processing.add(queue)  # its commit's pass, under way
        busy.set()
        release.wait(30)
        indexing.processing.discard(queue)

    thread = threading.Thread(target=other_thread)
    thread.start()
    try:
        assert busy.wait(30)
        queue = indexing.getQueue()
        queue.index("mine")
        indexing.QueueTM(queue).before_commit()
        assert processor.indexed == ["mine"]
        assert queue.queue == []
    finally:
        release.set()
        thread.join(30)
