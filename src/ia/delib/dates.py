"""Meeting dates in Europe/Brussels, whatever wrote them.

A meeting's ``start`` and ``end`` are stored aware, in Europe/Brussels
(``normalise_meeting``, on every creation and change, and the 1002 upgrade
step for the meetings stored before): a date given without a time zone —
by the edit form, by the REST API (``ia.delib.meetings.rest``) or by code —
is a Brussels time. Readers compare through ``brussels``, which accepts a
naive or aware value, so that one badly stored date never breaks a page.
"""

from datetime import datetime
import pytz


# pytz, as plone.restapi reads ``tzinfo.zone`` of a stored aware datetime.
BRUSSELS = pytz.timezone("Europe/Brussels")


def brussels(moment):
    """``moment`` aware in Europe/Brussels (a naive one is taken as a
    Brussels time); None stays None."""
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is None:
        return BRUSSELS.localize(moment)
    return BRUSSELS.normalize(moment.astimezone(BRUSSELS))


def now():
    """The current time in Brussels (aware)."""
    return datetime.now(BRUSSELS)


def sort_key(meeting):
    """A key sorting meetings by start, naive or aware (no start: first)."""
    start = brussels(getattr(meeting, "start", None))
    return start or BRUSSELS.localize(datetime(1900, 1, 1))


def normalise_meeting(meeting, event=None) -> None:
    """Store ``start`` and ``end`` of ``meeting`` aware in Brussels (writes
    only what changes)."""
    for name in ("start", "end"):
        value = getattr(meeting, name, None)
        fixed = brussels(value)
        if value is not None and (
            value.tzinfo is None or getattr(value.tzinfo, "zone", None) != BRUSSELS.zone
        ):
            setattr(meeting, name, fixed)
