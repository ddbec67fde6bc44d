"""Citizen reports of one process are filed one after the other.

Each ``POST requests.json`` writes the same few catalog structures as every
other report (the buckets of the date indexes for the current minute, the
catalog's lengths, the numbering counter…): two reports filed at once on
two threads of an instance conflict there, and under 20 concurrent
clients the publisher's three retries ran out for some (HTTP 500, issue
15). Python runs one thread at a time anyway, so filing the reports of
one process in turn costs almost no throughput and removes those
conflicts.

:func:`take_turn` waits for the reports being filed by the other threads,
then starts a fresh transaction (its snapshot taken *after* the wait, so
it sees the reports committed meanwhile) that keeps the turn until it ends
(commit or abort). Only what the request read so far is dropped: nothing
is written before (the rate limit is in memory). Between instances (several
processes behind HAProxy) reports may still conflict; the ZODB retry deals
with those, rarely needed with a few instances.
"""

from ZODB.POSException import ConflictError
import threading
import transaction


TIMEOUT = 60.0
_turn = threading.Lock()


class _Turn:
    """A data manager that gives the turn back when its transaction ends."""

    transaction_manager = None

    def __init__(self):
        self.held = True

    def release(self):
        if self.held:
            self.held = False
            _turn.release()

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

    def sortKey(self):
        return "~ia.tech.open311.serial"  # after the ZODB connections


def take_turn():
    """Wait for this process's other reports, then begin a fresh transaction
    holding the turn until it ends."""
    transaction.abort()  # the request's snapshot: taken before the wait
    if not _turn.acquire(timeout=TIMEOUT):
        raise ConflictError("Open311: reports busy")  # the publisher retries
    try:
        txn = transaction.begin()
        turn = _Turn()
        txn.join(turn)
    except BaseException:
        _turn.release()
        raise
