"""A sliding-window rate limit per client address, in memory, per process.

Open311 is open to the internet: each client address may make at most
``limit`` calls of a kind (``post``, ``read``) per ``window`` seconds
(``ia.tech.open311_post_limit`` / ``open311_read_limit`` per minute). The
counters live in this process only: with N Zope processes behind a load
balancer a client gets up to N × the limit, and a restart forgets them;
a front proxy (HAProxy ``stick-table``) is the place for a hard limit.
"""

from collections import deque
import threading
import time


WINDOW = 60.0
_calls: dict[tuple[str, str], deque] = {}
_lock = threading.Lock()


def allow(kind: str, address: str, limit: int, now: float | None = None) -> bool:
    """Record a call of ``kind`` from ``address``; False when over ``limit``."""
    if limit <= 0:
        return True
    now = time.monotonic() if now is None else now
    with _lock:
        calls = _calls.setdefault((kind, address), deque())
        while calls and calls[0] <= now - WINDOW:
            calls.popleft()
        if len(calls) >= limit:
            return False
        calls.append(now)
        if len(_calls) > 100_000:  # never grow without bound
            _calls.clear()
        return True


def reset() -> None:
    """Forget every counter (tests)."""
    with _lock:
        _calls.clear()
