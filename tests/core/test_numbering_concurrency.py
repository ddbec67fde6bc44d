"""Concurrent allocations: never the same number twice.

Two ZODB connections on the functional layer's database play two Zope
threads. The counter has no conflict resolution, so the second commit of
the same counter raises ``ConflictError`` and its retry gets the next number.
"""

from ia.core.numbering import api as numbering
from tests.core.numbering_workers import REGISTER
from tests.core.numbering_workers import YEAR
from tests.core.numbering_workers import Worker
from tests.core.numbering_workers import set_pattern
from ZODB.POSException import ConflictError
from zope.component.hooks import getSite
from zope.component.hooks import setSite
import pytest
import threading


@pytest.fixture
def db(functional):

    set_pattern()
    return functional["app"]._p_jar.db()


def committed_last(db):
    worker = Worker(db)
    try:
        return numbering.current(REGISTER, YEAR, portal=worker.portal)
    finally:
        worker.close()


def test_second_commit_conflicts_and_retry_gets_next_number(db):
    # the counter exists already: both transactions change the same record
    seed = Worker(db)
    seed.allocate()
    seed.tm.commit()
    seed.close()

    one, two = Worker(db), Worker(db)
    try:
        first, clash = one.allocate(), two.allocate()
        assert first == clash == "E/2026/00002"  # both read the same counter
        one.tm.commit()
        with pytest.raises(ConflictError):
            two.tm.commit()
        two.tm.abort()
        retried = two.allocate()
        two.tm.commit()
    finally:
        one.close()
        two.close()
    assert retried == "E/2026/00003"
    assert committed_last(db) == 3


def test_first_allocation_of_a_year_conflicts_too(db):
    # no counter yet for (E, 2026): both insert it in the same tree
    one, two = Worker(db), Worker(db)
    try:
        assert one.allocate() == two.allocate() == "E/2026/00001"
        one.tm.commit()
        with pytest.raises(ConflictError):
            two.tm.commit()
        two.tm.abort()
        assert two.allocate() == "E/2026/00002"
        two.tm.commit()
    finally:
        one.close()
        two.close()
    assert committed_last(db) == 2


def test_threads_with_retry_get_distinct_consecutive_numbers(db):
    threads_count, per_thread = 4, 10
    results, errors = [], []
    lock = threading.Lock()
    start = threading.Barrier(threads_count)

    def run():
        worker = Worker(db)
        try:
            start.wait()
            for _ in range(per_thread):
                for attempt in worker.tm.attempts(200):
                    with attempt:
                        setSite(worker.portal)
                        reference = worker.allocate()
                with lock:
                    results.append(reference)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            setSite(None)
            worker.close()

    site = getSite()
    threads = [threading.Thread(target=run) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    setSite(site)
    assert not errors
    expected = [f"E/2026/{n:05d}" for n in range(1, threads_count * per_thread + 1)]
    assert sorted(results) == expected
    assert committed_last(db) == threads_count * per_thread
