"""The instance's own clock: runs the jobs when ``IA_JOBS`` is ``clock``.

With the embedded FileStorage no second process may open ``Data.fs``, so
the (only) instance runs the background jobs itself: a daemon thread wakes
every ``IA_JOBS_TICK`` seconds (60) and calls ``run_db`` on the database.
"""

from ia.core import logger
from ia.core.jobs.runner import run_db
import os
import threading


TICK = 60
_started = []
_disabled = []


def disable() -> None:
    """No clock in this process: a script (``ia-site``, ``ia-ingest``,
    ``ia-worker``) opens the database for its own work, whatever its
    zope.conf says."""
    _disabled.append(True)


def _loop(db, stop: threading.Event, tick: float) -> None:
    while not stop.wait(tick):
        try:
            run_db(db)
        except Exception:  # noqa: BLE001 - the clock must keep ticking
            logger.exception("ia.core.jobs clock: a tick failed")


def start(db, tick=None) -> threading.Event | None:
    """Start the clock thread once per process; return its stop event."""
    if _started:
        return None
    tick = float(os.environ.get("IA_JOBS_TICK", TICK)) if tick is None else tick
    stop = threading.Event()
    thread = threading.Thread(
        target=_loop, args=(db, stop, tick), name="ia.core.jobs clock", daemon=True
    )
    thread.start()
    _started.append(stop)
    logger.info("ia.core.jobs: the instance runs the background jobs every %ss", tick)
    return stop


def on_database_opened(event) -> None:
    """``IDatabaseOpenedWithRoot``: start the clock if the instance asks."""
    if os.environ.get("IA_JOBS", "off") == "clock" and not _disabled:
        start(event.database)
