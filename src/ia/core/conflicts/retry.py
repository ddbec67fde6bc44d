"""Conflicts that remain are retried invisibly, and logged (issue 10).

Zope's publisher retries a request that ends in ``ConflictError``
(``max-conflict-retries`` in zope.conf, written by ``ia.policy.instance``).
Two things are changed here:

- ``log_conflict``: every retried or final conflict is logged with the
  object that conflicted (oid and class), the retry count and the URL, so an
  operator (and the bench) can tell WHICH objects are hot;
- ``short_delay``: Zope waits ``uniform(0, 2 ** retry)`` *seconds* before a
  retry (up to 1, 2, 4, 8, 16 s). Registrations last a fraction of a second:
  that back-off made the clerks wait for seconds and left little room for
  more retries. The delay is now ``uniform(0, 0.05 * 2 ** retry)``, capped
  at 1 s: still randomised, so two losers do not collide again in step.
"""

from ZODB.POSException import ConflictError
from ZODB.utils import oid_repr
from ZPublisher.HTTPRequest import HTTPRequest
import logging
import random
import time


logger = logging.getLogger("ia.core.conflicts")

BASE_DELAY = 0.05
MAX_DELAY = 1.0


def delay(retry_count: int) -> float:
    """The seconds to wait before retry number ``retry_count + 1``."""
    return random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2**retry_count))


def short_delay(self):
    time.sleep(delay(getattr(self, "retry_count", 0)))


def describe(exc) -> str:
    """``oid 0x1f2e class BTrees.OOBTree.OOBucket`` (what is known of it)."""
    oid = getattr(exc, "oid", None)
    class_name = getattr(exc, "class_name", None)
    parts = []
    if oid is not None:
        parts.append(f"oid {oid_repr(oid)}")
    if class_name:
        parts.append(f"class {class_name}")
    return " ".join(parts) or str(exc)


def log_conflict(event):
    """``IPubBeforeAbort``: log a ConflictError, retried or not."""
    exc = event.exc_info[1] if event.exc_info else None
    if not isinstance(exc, ConflictError):
        return
    request = event.request
    retries = getattr(request, "retry_count", 0)
    limit = getattr(request, "retry_max_count", 3)
    url = request.get("ACTUAL_URL", "") if hasattr(request, "get") else ""
    if event.retry:
        logger.info(
            "conflict, retry %d of %d: %s %s", retries + 1, limit, describe(exc), url
        )
    else:
        logger.warning(
            "conflict after %d retries, not retried: %s %s",
            retries,
            describe(exc),
            url,
        )


def install_short_delay():
    """Replace Zope's seconds-long back-off (``ia.core.conflicts``, on import)."""
    HTTPRequest.delay_retry = short_delay
