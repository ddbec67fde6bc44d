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
