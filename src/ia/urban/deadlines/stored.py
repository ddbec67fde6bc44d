"""The deadlines as the file and the catalog keep them: plain data.

One dict per deadline (met or open), in date order::

    {"rule": "decision", "date": "2026-05-18", "start": "2026-03-03",
     "days": 75, "open": True, "event": "", "after": ""}

``after`` is set (to the start date) for a deadline that only runs once
another one is late (the FD's referral, ``Rule.after``): it is stored with
the file and shown from the day after its start (:func:`visible`), so the
stored list never depends on the day it was computed. Index
``ia_urban_deadline_dates`` (KeywordIndex) holds the ISO dates of the open
deadlines: the calendar asks it for a month, and builds its rows from the
metadata ``ia_urban_deadlines``.
"""

from datetime import date
from ia.urban.deadlines.rules import RULES


LATE_RULES = frozenset(
    rule.id for rules in RULES.values() for rule in rules if rule.after
)


def as_data(deadlines) -> tuple:
    """The :class:`~ia.urban.deadlines.engine.Deadline` list as stored."""
    return tuple(
        {
            "rule": deadline.rule,
            "date": deadline.date.isoformat(),
            "start": deadline.start.isoformat(),
            "days": deadline.days,
            "open": deadline.open,
            "event": deadline.event or "",
            "after": deadline.start.isoformat() if deadline.rule in LATE_RULES else "",
        }
        for deadline in deadlines
    )


def visible(entry, today: date) -> bool:
    """A late-only deadline shows once the deadline it follows is over."""
    return not entry.get("after") or entry["after"] < today.isoformat()


def open_entries(stored, today: date | None = None) -> list[dict]:
    """The open deadlines of one file's stored list, as of ``today``."""
    today = today or date.today()
    return [entry for entry in stored or () if entry["open"] and visible(entry, today)]


def is_late(entry, today: date | None = None) -> bool:
    return entry["open"] and entry["date"] < (today or date.today()).isoformat()


def open_dates(stored) -> tuple:
    """The index ``ia_urban_deadline_dates``: ISO dates of the open ones."""
    return tuple(sorted({entry["date"] for entry in stored or () if entry["open"]}))


def open_deadlines(brains, today: date | None = None) -> dict:
    """{UID: [open entries]} of catalog brains, from the metadata only."""
    today = today or date.today()
    return {
        brain.UID: open_entries(brain.ia_urban_deadlines, today) for brain in brains
    }
