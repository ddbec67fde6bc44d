"""A retried registration runs alone on its host, on a fresh view (issue 10).

``ia.core.numbering.lock`` makes the registrations of one host take numbers
one at a time. But a request's view of the database (its snapshot) is taken
when its transaction begins, before it reaches the lock: a registration
that waited for the lock then works on a view older than the holder's
commit, and its own commit conflicts on whatever both changed (the catalog's
trees, the folder). Measured with 4 writers on ZEO: 2.5 retries per
registration, some refused 10 times (HTTP 500).

So, for a request being published (never a script, a job or a test
without the publisher's retry loop):

- each counter the request locks is remembered in the request's original
  environment, which Zope's retry hands to the retried request, and for
  its method and path in this process (``POST /demo/courrier``);
- a request that had to *wait* for the lock gives up at once
  (``ConflictError``, retried invisibly by the publisher) instead of doing
  all its work on a stale view and conflicting at commit;
- a retried request, and a later write to a method and path that locked a
  counter before, takes those locks *first* (``IPubStart``), then begins
  its transaction again: its view is newer than every commit of the host's
  registrations, and none starts before it ends.

Registrations of other hosts are still arbitrated by the counter's conflict
resolution and the publisher's retries.
"""

from ia.core.numbering.lock import fresh_turn
from ZODB.POSException import ConflictError
from zope.globalrequest import getRequest


ENV_KEY = "ia.core.numbering.locks"
PUBLISHED = "_ia_numbering_published"
READS = frozenset({"GET", "HEAD", "OPTIONS"})
LEARNED_MAX = 500
_learned = {}  # (method, path) -> counters its requests locked


def on_pub_start(event):
    """``IPubStart``: mark the request as published; a retried one (the
    locks its first attempt took) or a write to a route known to register
    takes its locks, then begins a fresh transaction."""
    request = event.request
    setattr(request, PUBLISHED, True)
    keys = _remembered(request) if getattr(request, "retry_count", 0) else None
    if not keys:
        keys = _learned.get(_route(request))
    if not keys:
        return
    fresh_turn(*keys)


def held(key, waited: bool) -> None:
    """Called when a transaction locks the counter ``key``."""
    request = getRequest()
    if request is None or not getattr(request, PUBLISHED, False):
        return
    environ = getattr(request, "_orig_env", None)
    if environ is None:
        return
    keys = environ.get(ENV_KEY)
    if keys is None:
        keys = environ[ENV_KEY] = set()
    keys.add(key)
    route = _route(request)
    if route is not None and key not in _learned.get(route, ()):
        if len(_learned) >= LEARNED_MAX:
            _learned.clear()
        _learned[route] = _learned.get(route, frozenset()) | {key}
    if waited and request.supports_retry():
        raise ConflictError(
            "the numbering counter was busy: retried on a fresh view, under its lock"
        )


def _remembered(request):
    environ = getattr(request, "_orig_env", None)
    return environ.get(ENV_KEY) if environ is not None else None


def _route(request):
    """``(method, path)`` of a write, None for a read."""
    environ = getattr(request, "_orig_env", None) or {}
    method = environ.get("REQUEST_METHOD", "GET")
    if method in READS:
        return None
    return method, environ.get("PATH_INFO", "")
