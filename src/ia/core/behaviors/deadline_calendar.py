"""Legal delays: Belgian public holidays and due-date computation.

``compute_due_date(start, days)`` counts calendar days, as most legal
delays do (the day of the starting event is not counted). With
``calendar=False`` it counts working days, skipping weekends and public
holidays. ``extend_to_working_day=True`` moves a calendar-day deadline that
falls on a weekend or a holiday to the next working day (as the CoDT and the
Judicial Code do for the last day of a delay).

The ten Belgian legal holidays are computed (Easter-based ones with the
Gregorian computus); local extra days off (27 September for the
Wallonia-Brussels Federation, 2 November, 15 November, 26 December...) come
from the registry record ``ia.core.extra_holidays``, one ``MM-DD|label`` or
``YYYY-MM-DD|label`` line each.
"""

from datetime import date
from datetime import timedelta
from ia.core.registrylines import split_pair
from plone import api


EXTRA_HOLIDAYS_RECORD = "ia.core.extra_holidays"


def easter(year):
    """Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def belgian_holidays(year):
    """``{date: label}`` of the ten Belgian legal public holidays of ``year``."""
    sunday = easter(year)
    return {
        date(year, 1, 1): "Nouvel An",
        sunday + timedelta(days=1): "Lundi de Pâques",
        date(year, 5, 1): "Fête du Travail",
        sunday + timedelta(days=39): "Ascension",
        sunday + timedelta(days=50): "Lundi de Pentecôte",
        date(year, 7, 21): "Fête nationale",
        date(year, 8, 15): "Assomption",
        date(year, 11, 1): "Toussaint",
        date(year, 11, 11): "Armistice",
        date(year, 12, 25): "Noël",
    }


def parse_extra_holidays(lines, year):
    """``{date: label}`` for the configured extra days off in ``year``.

    Malformed lines are ignored here; they are rejected when the record is
    saved (see ``validate_extra_holiday``).
    """
    days = {}
    for line in lines or ():
        try:
            day, label = parse_extra_holiday(line, year)
        except ValueError:
            continue
        if day is not None:
            days[day] = label
    return days


def parse_extra_holiday(line, year):
    """``(date or None, label)`` of one ``[YYYY-]MM-DD|label`` line in ``year``.

    Raises ``ValueError`` on a malformed line.
    """
    text, label = split_pair(line)
    label = label or ""
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 2:
        return date(year, parts[0], parts[1]), label
    if len(parts) == 3:
        day = date(*parts)
        return (day if day.year == year else None), label
    raise ValueError(line)


def holidays(year, extra=None):
    """Belgian holidays plus the extra days off of the registry (or ``extra``)."""
    if extra is None:
        extra = (
            api.portal.get_registry_record(EXTRA_HOLIDAYS_RECORD, default=None) or []
        )
    days = belgian_holidays(year)
    days.update(parse_extra_holidays(extra, year))
    return days


def is_working_day(day, extra=None):
    return day.weekday() < 5 and day not in holidays(day.year, extra)


def next_working_day(day, extra=None):
    """``day`` itself if it is a working day, else the next one."""
    while not is_working_day(day, extra):
        day += timedelta(days=1)
    return day


def compute_due_date(
    start, days, calendar=True, *, extend_to_working_day=False, extra=None
):
    """The due date ``days`` days after ``start``.

    ``calendar=True`` counts calendar days; ``False`` counts working days
    (weekends and holidays skipped). ``extra`` overrides the registry's
    extra holidays (a list of lines) when given.
    """
    if hasattr(start, "date") and callable(start.date):
        start = start.date()
    if not isinstance(start, date):
        raise TypeError("start must be a date")
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ValueError("days must be a non-negative integer")
    if calendar:
        due = start + timedelta(days=days)
        return next_working_day(due, extra) if extend_to_working_day else due
    due = start
    remaining = days
    while remaining:
        due += timedelta(days=1)
        if is_working_day(due, extra):
            remaining -= 1
    return due
