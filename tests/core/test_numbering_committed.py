"""A number follows the last *committed* one (issue 10).

The counter reads the committed value when a transaction takes its first
number, so a registration that began before another one committed no longer
conflicts; two transactions that took the same number still do (the loser
is retried), and ``set_next`` never merges. Two ZODB connections on the
functional layer's database play two Zope threads.
"""

from ia.core.numbering import api as numbering
from ia.core.numbering import lock
from ia.core.numbering.storage import Counter
from tests.core.numbering_workers import REGISTER
from tests.core.numbering_workers import YEAR
from tests.core.numbering_workers import Worker
from tests.core.numbering_workers import set_pattern
from ZODB.POSException import ConflictError
from zope.component.hooks import setSite
import pytest
import threading


@pytest.fixture
def db(functional):

    set_pattern()
    database = functional["app"]._p_jar.db()
    seed = Worker(database)
    seed.allocate()  # the counter exists: E/2026/00001
    seed.tm.commit()
    seed.close()
    return database


def test_stale_snapshot_takes_the_next_committed_number(db):
    late, early = Worker(db), Worker(db)
    try:
        # ``late`` began (read the counter) before ``early`` committed
        assert numbering.current(REGISTER, YEAR, portal=late.portal) == 1
        assert early.allocate() == "E/2026/00002"
        early.tm.commit()
        assert late.allocate() == "E/2026/00003"
        late.tm.commit()  # no ConflictError: it followed the committed one
    finally:
        late.close()
        early.close()


def test_same_number_taken_twice_conflicts(db):
    one, two = Worker(db), Worker(db)
    try:
        assert one.allocate() == two.allocate() == "E/2026/00002"
        one.tm.commit()
        with pytest.raises(ConflictError):
            two.tm.commit()
        two.tm.abort()
        assert two.allocate() == "E/2026/00003"
        two.tm.commit()
    finally:
        one.close()
        two.close()


def test_set_next_never_merges(db):
    admin, clerk = Worker(db), Worker(db)
    try:
        numbering.set_next(REGISTER, YEAR, 50, portal=admin.portal)
        clerk.allocate()
        clerk.tm.commit()
        with pytest.raises(ConflictError):
            admin.tm.commit()
    finally:
        admin.close()
        clerk.close()


def test_several_numbers_in_one_transaction_with_savepoints(db):
    worker = Worker(db)
    try:
        first = worker.allocate()
        worker.tm.savepoint()
        second = worker.allocate()
        worker.tm.commit()
    finally:
        worker.close()
    assert (first, second) == ("E/2026/00002", "E/2026/00003")


def test_resolution_accepts_only_a_number_after_the_committed_one():
    counter = Counter()
    assert counter._p_resolveConflict(
        {"last": 1}, {"last": 2}, {"last": 3, "base": 2}
    ) == {"last": 3, "base": 2}
    for new in ({"last": 2, "base": 1}, {"last": 3}):
        with pytest.raises(ConflictError):
            counter._p_resolveConflict({"last": 1}, {"last": 2}, new)


def test_lock_holds_other_threads_until_the_transaction_ends(db):
    first = Worker(db)
    order = []

    def other():
        worker = Worker(db)
        try:
            setSite(worker.portal)
            order.append(worker.allocate())
            worker.tm.commit()
        finally:
            setSite(None)
            worker.close()

    try:
        order.append(first.allocate())
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(0.3)
        assert thread.is_alive()  # waits for ``first`` to end
        first.tm.commit()
        thread.join(30)
    finally:
        first.close()
    assert order == ["E/2026/00002", "E/2026/00003"]
    assert not lock._owners
