"""Recording the procedure's events on a file and reading its timeline.

Events are plain dicts in the file's ``urban_events`` list (replaced, never
mutated, so the ZODB sees each change). :func:`add_event` checks the kind
and the fields, stores the event, then recomputes the file's deadlines
(:func:`ia.urban.deadlines.api.refresh`): the next open deadline becomes the
file's due date (``ia.deadline``), so the core's *En retard* list and the
product's lists follow.
"""

from datetime import date
from ia.urban import _
from ia.urban.errors import UrbanError
from ia.urban.events.kinds import DECISION_RESULTS
from ia.urban.events.kinds import EVENT_KINDS
from ia.urban.events.kinds import FD_OPINION
from ia.urban.events.kinds import OPINION_RESULTS
from ia.urban.events.kinds import PUBLICITY
from plone import api
import re
import uuid


ATTRIBUTE = "urban_events"
CHOICES = {
    "publicity": PUBLICITY,
    "fd_opinion": FD_OPINION,
    "result": OPINION_RESULTS + DECISION_RESULTS,
}
DATE_FIELDS = ("start", "end")
TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def events_of(obj) -> list[dict]:
    """The file's events, oldest first (copies: changing them changes nothing)."""
    events = getattr(obj, ATTRIBUTE, None) or ()
    return sorted((dict(event) for event in events), key=lambda e: e["date"])


def _refuse(msgid, default, **mapping):
    raise UrbanError(_(msgid, default=default, mapping=mapping or None))


def _as_date(value, name):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        _refuse(
            "msg_urban_bad_date",
            "The field '${field}' must be a date (YYYY-MM-DD).",
            field=name,
        )


def _checked_value(kind, name, value, wanted):
    """``value`` of the field ``name`` checked (and cut) as ``wanted``."""
    if name in DATE_FIELDS:
        return _as_date(value, name).isoformat()
    if wanted is int:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            _refuse(
                "msg_urban_bad_int",
                "The field '${field}' must be a positive whole number.",
                field=name,
            )
        return value
    if wanted is list:
        if not isinstance(value, list | tuple) or not all(
            isinstance(item, str) for item in value
        ):
            _refuse(
                "msg_urban_bad_list",
                "The field '${field}' must be a list of texts.",
                field=name,
            )
        return [item[:500] for item in value][:500]
    if not isinstance(value, wanted):
        _refuse(
            "msg_urban_bad_field",
            "The field '${field}' has a wrong kind of value.",
            field=name,
        )
    return value[:5000] if wanted is str else value


def _checked_fields(kind, fields):
    expected = EVENT_KINDS[kind][1]
    data = {}
    for name, raw in fields.items():
        if raw in (None, "", []):
            continue
        if name not in expected:
            _refuse(
                "msg_urban_unknown_field",
                "The event '${kind}' has no field '${field}'.",
                kind=kind,
                field=name,
            )
        value = _checked_value(kind, name, raw, expected[name])
        if name in CHOICES and value not in CHOICES[name]:
            _refuse(
                "msg_urban_bad_choice",
                "The value '${value}' is not allowed for '${field}'.",
                value=str(value)[:40],
                field=name,
            )
        if name == "meeting_time" and not TIME.match(value.strip()):
            _refuse(
                "msg_urban_bad_time",
                "The field '${field}' must be a time (HH:MM).",
                field=name,
            )
        data[name] = value
    return data


def make_event(kind, day, comment="", actor="", **fields) -> dict:
    """A checked event dict (not stored)."""
    if kind not in EVENT_KINDS:
        _refuse(
            "msg_urban_unknown_event",
            "Unknown kind of event: '${kind}'.",
            kind=str(kind)[:40],
        )
    day = _as_date(day, "date")
    data = _checked_fields(kind, fields)
    if kind == "decision" and data.get("result") not in DECISION_RESULTS:
        _refuse(
            "msg_urban_decision_result",
            "A decision is 'granted' or 'refused'.",
        )
    if kind == "opinion_answer" and data.get("result") not in OPINION_RESULTS + (None,):
        _refuse(
            "msg_urban_opinion_result",
            "An opinion is 'favourable', 'unfavourable' or 'conditions'.",
        )
    return dict(
        data,
        id=uuid.uuid4().hex[:12],
        kind=kind,
        date=day.isoformat(),
        comment=(comment or "")[:5000],
        actor=actor,
    )


def add_event(obj, kind, day=None, comment="", *, refresh=True, **fields) -> dict:
    """Record an event on ``obj`` and recompute its deadlines."""
    from ia.urban.deadlines.api import refresh as refresh_deadlines

    actor = "" if api.user.is_anonymous() else api.user.get_current().getId()
    event = make_event(kind, day or date.today(), comment, actor, **fields)
    if kind == "opinion_answer" and event.get("request"):
        ids = {e["id"] for e in events_of(obj) if e["kind"] == "opinion_request"}
        if event["request"] not in ids:
            _refuse(
                "msg_urban_unknown_request",
                "This file has no such opinion request.",
            )
    stored = list(getattr(obj, ATTRIBUTE, None) or ())
    stored.append(event)
    setattr(obj, ATTRIBUTE, stored)
    if refresh:
        refresh_deadlines(obj)
    return event


def remove_event(obj, event_id) -> None:
    from ia.urban.deadlines.api import refresh as refresh_deadlines

    stored = list(getattr(obj, ATTRIBUTE, None) or ())
    kept = [event for event in stored if event["id"] != event_id]
    if len(kept) == len(stored):
        _refuse("msg_urban_no_event", "This file has no such event.")
    setattr(obj, ATTRIBUTE, kept)
    refresh_deadlines(obj)
