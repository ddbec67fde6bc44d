"""The deadlines of a file, kept on it: its due date is the next open one.

:func:`refresh` runs after every event (and transition): the next open
deadline becomes ``due_date`` (``ia.deadline``, index ``ia_due_date``), its
rule the ``urban_next_deadline`` shown in the dashboards. :func:`for_file`
gives every deadline with its French explanation (the file's page, REST).
"""

from datetime import date
from ia.urban.deadlines import engine
from ia.urban.deadlines import settings as settings_module
from ia.urban.events.api import events_of
from zope.i18n import translate


INDEXES = ("ia_due_date", "ia_urban_next_deadline", "ia_urban_inquiry_end")


def compute_for(obj, settings=None, today=None):
    return engine.compute(
        obj.portal_type, events_of(obj), settings or settings_module.load(), today
    )


def refresh(obj, settings=None, *, reindex=True):
    """Set the next open deadline as the file's due date."""
    deadline = engine.next_open(compute_for(obj, settings))
    obj.due_date = deadline.date if deadline is not None else None
    obj.urban_next_deadline = deadline.rule if deadline is not None else ""
    if reindex:
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
    """{UID: deadlines} of catalog brains, from their ``ia_urban_events``
    metadata (no file woken up; the settings read once)."""
    settings = settings or settings_module.load()
    return {
        brain.UID: engine.compute(
            brain.portal_type, brain.ia_urban_events or (), settings, today
        )
        for brain in brains
    }
