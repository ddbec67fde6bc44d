"""Citizen reports of one host are filed one after the other.

Each ``POST requests.json`` writes the same few catalog structures as every
other report (the buckets of the date indexes for the current minute, the
catalog's lengths, the numbering counter…): two reports filed at once on
two threads or two instances conflict there, and under 20 concurrent
clients the publisher's three retries ran out for some (HTTP 500, issue
15). Python runs one thread at a time anyway, so filing the reports of
one host in turn costs almost no throughput and removes those conflicts.

:func:`take_turn` waits for the reports being filed by the other threads
and instances of the host (the core's lock, ``ia.core.numbering.lock``,
with its ``flock`` between instances), then begins a fresh transaction
(its view taken *after* the wait, so it sees the reports committed
meanwhile) that keeps the turn until it ends. Only what the request read so
far is dropped: nothing is written before (the rate limit is in memory).
Reports of other hosts may still conflict; the ZODB retry deals with those.
"""

from ia.core.numbering.lock import fresh_turn


KEY = ("ia.tech.open311",)


def take_turn():
    """Wait for this host's other reports, then begin a fresh transaction
    holding the turn until it ends."""
    fresh_turn(KEY)
