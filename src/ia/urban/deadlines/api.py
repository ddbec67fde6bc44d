"""The deadlines of a file, kept on it: computed when it changes, read as data.

:func:`refresh` runs after every event (added, removed), every transition
and, for every open file, after the settings that change a delay are saved
(:mod:`ia.urban.deadlines.recompute`). It stores on the file every deadline
as plain data (``urban_deadlines``, see :mod:`ia.urban.deadlines.stored`),
the next open one as its due date (``ia.deadline``, index ``ia_due_date``)
and that deadline's rule as ``urban_next_deadline``; the catalog keeps them
(metadata ``ia_urban_deadlines``, indexes ``ia_urban_deadline_dates`` and
``ia_urban_open_deadlines``), so the lists, the dashboards' columns, the
calendar and :func:`ia.urban.deadlines.bulk.every_open` read the catalog
only.
:func:`for_file` computes every deadline again with its French explanation
(the file's page, REST).
"""

from datetime import date
from ia.urban.deadlines import engine
from ia.urban.deadlines import settings as settings_module
from ia.urban.deadlines.stored import as_data
from ia.urban.events.api import events_of
from zope.i18n import translate


INDEXES = (
    "ia_due_date",
    "ia_urban_next_deadline",
    "ia_urban_inquiry_end",
    "ia_urban_deadline_dates",
    "ia_urban_open_deadlines",
)


def compute_for(obj, settings=None, today=None):
    return engine.compute(
        obj.portal_type, events_of(obj), settings or settings_module.load(), today
    )


def refresh(obj, settings=None, *, reindex=True):
    """Store the file's deadlines; the next open one is its due date.

    The stored list does not depend on the day (a deadline that starts once
    another is late is stored with its start, see ``stored.visible``), so
    it changes only with the events, the type and the settings. The file is
    reindexed only when something changed."""
    deadlines = engine.compute(
        obj.portal_type,
        events_of(obj),
        settings or settings_module.load(),
        today=date.max,
    )
    deadline = engine.next_open(deadlines)
    due = deadline.date if deadline is not None else None
    rule = deadline.rule if deadline is not None else ""
    data = as_data(deadlines)
    changed = (
        getattr(obj, "due_date", None) != due
        or getattr(obj, "urban_next_deadline", "") != rule
        or tuple(getattr(obj, "urban_deadlines", None) or ()) != data
    )
    if changed:
        obj.due_date = due
        obj.urban_next_deadline = rule
        obj.urban_deadlines = data
    if reindex and changed:
        obj.reindexObject(idxs=list(INDEXES))
    return deadline


def describe(deadline, request=None, today=None) -> dict:
    """JSON-ready: rule, title, date, explanation (French), open, late."""
    kwargs = {"context": request} if request is not None else {"target_language": "fr"}
    return {
        "rule": deadline.rule,
        "title": translate(deadline.title, **kwargs),
        "date": deadline.date.isoformat(),
        "start": deadline.start.isoformat(),
        "days": deadline.days,
        "explanation": engine.explain(deadline, request),
        "open": deadline.open,
        "met_on": deadline.met_on.isoformat() if deadline.met_on else None,
        "late": deadline.late(today or date.today()),
        "event": deadline.event or None,
    }


def for_file(obj, request=None, today=None) -> list[dict]:
    return [describe(d, request, today) for d in compute_for(obj, today=today)]


def for_brains(brains, settings=None, today=None):
    """{UID: deadlines} of catalog brains, computed again by the rules from
    their ``ia_urban_events`` metadata (no file woken up; the settings read
    once). The stored result is ``stored.open_deadlines``: this is what the
    tests compare it with."""
    settings = settings or settings_module.load()
    return {
        brain.UID: engine.compute(
            brain.portal_type, brain.ia_urban_events or (), settings, today
        )
        for brain in brains
    }
