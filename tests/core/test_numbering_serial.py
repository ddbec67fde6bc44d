"""A retried registration runs alone on its host, on a fresh view (issue 10).

``ia.core.numbering.serial``: a published request that waited for a
counter's lock is retried at once; the retry takes the lock before its
transaction begins again, so it sees every commit made before it. Two ZODB
connections on the functional layer's database play two Zope threads; the
end-to-end case (four writers through the WSGI server) is
tests/docs/test_writers_conflicts.py.
"""

from ia.core.numbering import api as numbering
from ia.core.numbering import lock
from ia.core.numbering import serial
from ia.core.numbering.storage import get_counter
from tests.core.numbering_workers import REGISTER
from tests.core.numbering_workers import YEAR
from tests.core.numbering_workers import Worker
from tests.core.numbering_workers import set_pattern
from types import SimpleNamespace
from ZODB.POSException import ConflictError
from zope.component.hooks import setSite
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest
import pytest
import threading
import transaction


@pytest.fixture
def db(functional):

    set_pattern()
    serial._learned.clear()
    database = functional["app"]._p_jar.db()
    seed = Worker(database)
    seed.allocate()  # the counter exists
    seed.tm.commit()
    seed.close()
    yield database
    transaction.abort()
    serial._learned.clear()
    assert not lock._owners


class Request(SimpleNamespace):
    """What ``serial`` reads of a ZPublisher request."""

    def supports_retry(self):
        return self.retry_count < self.retry_max_count


def request(retry_count=0, published=True, environ=None, route=("POST", "/a")):
    environ = {"REQUEST_METHOD": route[0], "PATH_INFO": route[1], **(environ or {})}
    result = Request(retry_count=retry_count, retry_max_count=10, _orig_env=environ)
    if published:
        setattr(result, serial.PUBLISHED, True)
    return result


@pytest.fixture
def as_request():
    before = getRequest()

    def use(req):
        setRequest(req)
        return req

    yield use
    setRequest(before)


def while_held(holder, waiter) -> bool:
    """Run ``waiter`` in a thread while ``holder`` holds the counter's lock,
    then commit ``holder``; True if the thread was still waiting by then."""
    thread = threading.Thread(target=waiter)
    try:
        thread.start()
        thread.join(0.3)
        waited = thread.is_alive()
        holder.tm.commit()
        thread.join(30)
    finally:
        holder.close()
    return waited


def counter_oid(portal):
    return get_counter(portal, REGISTER, YEAR)._p_oid


def test_a_published_request_remembers_its_counter(db, as_request):
    worker = Worker(db)
    req = as_request(request())
    try:
        worker.allocate()
        assert req._orig_env[serial.ENV_KEY] == {counter_oid(worker.portal)}
    finally:
        worker.close()


def test_waiting_for_the_lock_gives_up_at_once_in_a_published_request(db, as_request):
    holder = Worker(db)
    holder.allocate()  # holds the counter's lock until its transaction ends
    outcome = {}

    def waiter():
        worker = Worker(db)
        req = request()
        setRequest(req)
        setSite(worker.portal)
        try:
            worker.allocate()
            outcome["number"] = "taken"
        except ConflictError as exc:
            outcome["error"] = str(exc)
        finally:
            worker.close()  # releases the lock it took meanwhile
            outcome["remembered"] = req._orig_env.get(serial.ENV_KEY)
            setRequest(None)
            setSite(None)

    assert while_held(holder, waiter)  # it waited for the holder
    assert "fresh view" in outcome["error"]
    assert outcome["remembered"] == {counter_oid(holder.portal)}


@pytest.mark.parametrize(
    "req",
    [request(published=False), request(retry_count=10)],
    ids=["a script or job", "the last retry"],
)
def test_waiting_elsewhere_keeps_going(db, req):
    holder = Worker(db)
    holder.allocate()
    numbers = []

    def waiter():
        worker = Worker(db)
        setRequest(req)
        setSite(worker.portal)
        try:
            numbers.append(worker.allocate())
            worker.tm.commit()
        finally:
            worker.close()
            setRequest(None)
            setSite(None)

    assert while_held(holder, waiter)
    assert numbers == ["E/2026/00003"]  # waited, then took the next number


def test_a_retry_locks_first_then_sees_every_commit(db, functional, as_request):
    portal = functional["portal"]
    transaction.begin()
    oid = counter_oid(portal)
    assert numbering.current(REGISTER, YEAR, portal=portal) == 1  # its old view
    other = Worker(db)
    other.allocate()
    other.tm.commit()
    other.close()
    req = as_request(request(retry_count=1, environ={serial.ENV_KEY: {oid}}))
    serial.on_pub_start(SimpleNamespace(request=req))
    try:
        assert lock._owners == {oid: threading.get_ident()}  # before any work
        assert numbering.current(REGISTER, YEAR, portal=portal) == 2  # fresh view
        assert numbering.allocate(REGISTER, YEAR, portal=portal) == "E/2026/00003"
    finally:
        transaction.abort()
    assert not lock._owners  # released when the transaction ended


def test_a_first_attempt_takes_no_lock_at_start(db, functional, as_request):
    transaction.begin()
    oid = counter_oid(functional["portal"])
    req = as_request(request(environ={serial.ENV_KEY: {oid}}))
    serial.on_pub_start(SimpleNamespace(request=req))
    assert getattr(req, serial.PUBLISHED)
    assert not lock._owners


def test_a_write_to_a_route_that_registered_locks_first(db, functional, as_request):
    portal = functional["portal"]
    route = ("POST", "/plone/courrier")
    as_request(request(route=route))
    transaction.begin()
    numbering.allocate(REGISTER, YEAR, portal=portal)
    transaction.abort()  # learned; the lock is released
    assert serial._learned == {route: {counter_oid(portal)}}
    for other, locked in ((route, True), (("GET", route[1]), False)):
        serial.on_pub_start(SimpleNamespace(request=as_request(request(route=other))))
        assert bool(lock._owners) is locked, other
        transaction.abort()


def test_take_says_whether_it_waited():
    first, second = lock.CounterLock(("T", 1)), lock.CounterLock(("T", 1))
    assert first.take() is False
    result = {}
    thread = threading.Thread(target=lambda: result.update(waited=second.take()))
    thread.start()
    thread.join(0.2)
    first.release()
    thread.join(30)
    second.release()
    assert result == {"waited": True}
