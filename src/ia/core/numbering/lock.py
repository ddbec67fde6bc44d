"""One transaction at a time takes numbers from a counter (issue 10).

``Counter.take`` reads the last committed number and its transaction must
commit before anyone else reads it, or the two conflict and one is retried.
To make that the rare case, the first ``take`` of a transaction holds a lock
until the transaction ends (commit or abort): a thread lock between the
threads of one instance, and, when ``IA_LOCKS`` names a folder (the
instances' zope.conf sets ``$VAR/locks``), an ``flock`` on a file there
between the instances of one host. The lock is an optimisation only: the
counter's conflict resolution still refuses a number taken meanwhile (other
hosts, a lock that timed out).
"""

from ZODB.POSException import ConflictError
import fcntl
import os
import re
import threading
import time
import transaction


TIMEOUT = 30.0
_thread_locks = {}
_owners = {}  # key -> the thread holding its lock
_guard = threading.Lock()


def _thread_lock(key):
    with _guard:
        return _thread_locks.setdefault(key, threading.Lock())


def _lock_file(key):
    folder = os.environ.get("IA_LOCKS")
    if not folder:
        return None
    os.makedirs(folder, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", "numbering-" + "-".join(map(str, key)))
    return os.path.join(folder, name + ".lock")


class CounterLock:
    """Held from ``acquire`` to the end of the transaction it joined."""

    transaction_manager = None

    def __init__(self, key):
        self.key = key
        self.thread_lock = _thread_lock(key)
        self.handle = None
        self.held = False

    def acquire(self, txn) -> bool:
        """Hold the lock until ``txn`` ends; True if another holder was
        waited for (then ``txn``'s snapshot predates that holder's commit)."""
        if self.owned_by_this_thread():
            return False
        waited = self.take()
        try:
            txn.join(self)
        except BaseException:
            self.release()
            raise
        return waited

    def owned_by_this_thread(self) -> bool:
        # another transaction of this very thread may hold it (two
        # connections in one script, or a retried request that took it
        # first, ``ia.core.numbering.serial``): waiting would never end
        with _guard:
            return _owners.get(self.key) == threading.get_ident()

    def take(self) -> bool:
        """Take the thread lock and the host's file lock (joined to no
        transaction yet); True if either was busy."""
        waited = not self.thread_lock.acquire(blocking=False)
        if waited and not self.thread_lock.acquire(timeout=TIMEOUT):
            raise ConflictError("numbering counter busy")
        with _guard:
            _owners[self.key] = threading.get_ident()
        self.held = True
        try:
            path = _lock_file(self.key)
            if path:
                self.handle = open(path, "a")  # noqa: SIM115 - closed by release
                deadline = time.monotonic() + TIMEOUT
                while True:
                    try:
                        fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        waited = True
                        if time.monotonic() > deadline:
                            raise ConflictError("numbering counter busy") from None
                        time.sleep(0.005)
        except BaseException:
            self.release()
            raise
        return waited

    def release(self):
        if self.handle is not None:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_UN)
            finally:
                self.handle.close()
                self.handle = None
        if self.held:
            self.held = False
            with _guard:
                _owners.pop(self.key, None)
            self.thread_lock.release()

    # the transaction's data-manager protocol: release when it ends
    def abort(self, txn):
        self.release()

    def tpc_begin(self, txn):
        pass

    def commit(self, txn):
        pass

    def tpc_vote(self, txn):
        pass

    def tpc_finish(self, txn):
        self.release()

    def tpc_abort(self, txn):
        self.release()

    def savepoint(self):
        return _Savepoint()

    def sortKey(self):
        # after the ZODB connections: released once the counter is stored
        return "~ia.core.numbering.lock"


class _Savepoint:
    """Rolling back keeps the lock: the transaction still ends later."""

    def rollback(self):
        pass


def hold(key, txn):
    """Lock ``key`` (a counter) until ``txn`` ends (see
    ``ia.core.numbering.serial`` for what a published request adds)."""
    from ia.core.numbering import serial

    waited = CounterLock(key).acquire(txn)
    serial.held(key, waited)


def fresh_turn(*keys) -> None:
    """Wait for the host's other holders of ``keys``, then begin a fresh
    transaction that holds them until it ends: its view is newer than
    their commits. Drops the current transaction: only for a request that
    has written nothing yet (``ia.core.numbering.serial`` at ``IPubStart``;
    iA.Tech's Open311 POST once its input is checked)."""
    # first end the transaction, and with it the locks it holds: never
    # wait for a lock while holding another one (no deadlock)
    transaction.abort()
    locks = []
    try:
        for key in sorted(keys):
            lock = CounterLock(key)
            if not lock.owned_by_this_thread():
                lock.take()
                locks.append(lock)
        txn = transaction.begin()
        for lock in locks:
            txn.join(lock)
    except BaseException:
        for lock in locks:
            lock.release()
        raise
