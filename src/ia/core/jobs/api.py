"""Run the due jobs of a site, each under a lease (no overlapping runs).

    from ia.core.jobs import api as jobs

    jobs.run_due(portal)                  # {name: result} of the jobs run
    jobs.run_due(portal, only="ia.docs.ingestion", force=True)
    jobs.state(portal, "ia.docs.ingestion")

The lease is a record per job in an annotation of the site, claimed in a
transaction of its own: of two runs that claim the same job at once one
commits, the other gets ``ConflictError`` and skips it. A lease expires
(``LEASE`` seconds at least) so a run killed in the middle is not stuck.
"""

from BTrees.OOBTree import OOBTree
from ia.core import logger
from ia.core.jobs.interfaces import IJob
from persistent.mapping import PersistentMapping
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor
import time
import transaction


ANNOTATION_KEY = "ia.core.jobs"
LEASE = 600


def registered() -> list:
    """``[(name, job)]`` of the registered jobs, by name."""
    return sorted(getUtilitiesFor(IJob), key=lambda pair: pair[0])


def _records(portal):
    annotations = IAnnotations(portal)
    tree = annotations.get(ANNOTATION_KEY)
    if tree is None:
        tree = annotations[ANNOTATION_KEY] = OOBTree()
    return tree


def state(portal, name) -> dict:
    """``{last_start, last_end, running_until, result}`` of a job (epoch seconds)."""
    tree = IAnnotations(portal).get(ANNOTATION_KEY)
    record = tree.get(name) if tree is not None else None
    return dict(record) if record is not None else {}


def claim(portal, name, job, now=None, force=False) -> bool:
    """Take the lease of ``name`` if it is due and free; committed at once."""
    now = time.time() if now is None else now
    transaction.begin()
    tree = _records(portal)
    record = tree.get(name)
    if record is None:
        record = tree[name] = PersistentMapping()
    if record.get("running_until", 0) > now:
        transaction.abort()
        return False
    if (
        "last_start" not in record
        and not getattr(job, "run_at_once", True)
        and not force
    ):
        # first seen (e.g. the weekly pack): counts from now, not from 1970
        record["last_start"] = now
        _commit_or_abort()
        return False
    if not force and now - record.get("last_start", 0) < getattr(job, "interval", 60):
        transaction.abort()
        return False
    record["last_start"] = now
    record["running_until"] = now + max(LEASE, 2 * getattr(job, "interval", 60))
    transaction.get().note(f"ia.core.jobs: {name} claimed")
    return _commit_or_abort()


def _commit_or_abort() -> bool:
    try:
        transaction.commit()
    except ConflictError:
        transaction.abort()
        return False
    return True


def _release(portal, name, result) -> None:
    for attempt in transaction.manager.attempts(5):
        with attempt:
            record = _records(portal)[name]
            record["running_until"] = 0
            record["last_end"] = time.time()
            record["result"] = str(result or "")[:500]


def run_one(portal, name, job) -> str:
    """Run a claimed job; a failure is logged and kept as its result."""
    try:
        result = job(portal)
        transaction.commit()
    except ConflictError:
        transaction.abort()
        result = "conflit d'écriture : nouvel essai au prochain passage"
        logger.info("job %s: %s", name, result)
    except Exception as exc:  # noqa: BLE001 - one job must not stop the others
        transaction.abort()
        result = f"échec : {exc.__class__.__name__}: {exc}"
        logger.exception("job %s failed", name)
    _release(portal, name, result)
    return result


def run_due(portal, *, only=None, force=False, now=None) -> dict:
    """Run the due jobs (or only the job ``only``); ``{name: result}``."""
    done = {}
    for name, job in registered():
        if only is not None and name != only:
            continue
        if claim(portal, name, job, now=now, force=force):
            done[name] = run_one(portal, name, job)
    return done
