"""Recomputing the stored deadlines of many files at once.

When a setting that changes a delay is saved (the delays, the suspension
periods, the working-day move, the core's extra holidays), every open
file's stored deadlines are stale: :func:`on_record_modified` marks the
site (an annotation, no file touched in the saving request) and the
background job ``ia.urban.deadlines`` (``ia.core.jobs``: the worker, or the
instance's clock) recomputes them in batches, committing as it goes. The
upgrade step to 1001 runs :func:`recompute` over every file.
"""

from ia.core.behaviors.deadline_calendar import EXTRA_HOLIDAYS_RECORD
from ia.core.jobs.interfaces import IJob
from ia.urban.deadlines import settings as settings_module
from ia.urban.deadlines.api import refresh
from ia.urban.kinds import LICENCE_TYPES
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.interface import implementer
import time
import transaction


PENDING = "ia.urban.deadlines.pending"
RECORDS = frozenset(
    {
        settings_module.DELAYS_RECORD,
        settings_module.PERIODS_RECORD,
        settings_module.WORKING_DAY_RECORD,
        EXTRA_HOLIDAYS_RECORD,
    }
)
BATCH = 500


def recompute(*, open_only=True, commit_every=0) -> int:
    """Refresh the stored deadlines of the (open) files; how many were read.

    ``commit_every``: commit after that many files (the job); 0 leaves the
    transaction to the caller (an upgrade step, a test)."""
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": list(LICENCE_TYPES)}
    if open_only:
        query["ia_final"] = False
    settings = settings_module.load()
    count = 0
    for brain in catalog.unrestrictedSearchResults(**query):
        refresh(brain._unrestrictedGetObject(), settings)
        count += 1
        if commit_every and count % commit_every == 0:
            transaction.commit()
    return count


def pending(portal) -> bool:
    return PENDING in IAnnotations(portal)


def on_record_modified(event):
    """A delay setting was saved: the open files are recomputed by the job."""
    if getattr(event.record, "__name__", None) not in RECORDS:
        return
    if event.oldValue == event.newValue:
        return
    catalog = api.portal.get_tool("portal_catalog")
    if catalog.unrestrictedSearchResults(
        portal_type=list(LICENCE_TYPES), ia_final=False, sort_limit=1
    ):
        IAnnotations(api.portal.get())[PENDING] = time.time()


@implementer(IJob)
class DeadlinesJob:
    title = "Recalcul des échéances des permis après un changement des délais"
    interval = 60

    def __call__(self, portal):
        annotations = IAnnotations(portal)
        if PENDING not in annotations:
            return "rien à recalculer"
        # cleared first: a change saved while it runs marks the site again
        del annotations[PENDING]
        transaction.commit()
        count = recompute(commit_every=BATCH)
        return f"échéances recalculées pour {count} dossier(s) ouverts"


job = DeadlinesJob()
