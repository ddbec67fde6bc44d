"""Counting a legal delay in calendar days, across the suspension periods.

A delay of ``n`` days from ``start`` ends on ``start + n`` (the day of the
starting event is not counted). When the delay is *suspended* during the
periods of the settings (by default 16 July–15 August and 24 December–1
January, ``ia.urban.suspension_periods``, one ``MM-DD|MM-DD`` line each),
the days of a period falling inside the running delay are not counted: the
end moves by that many days (and again if the moved end enters another
period). The last day falling on a weekend or a public holiday moves to the
next working day (``ia.core``'s Belgian calendar) when the settings say so.

Everything here is plain computation on dates: the settings are passed in,
so that computing the deadlines of thousands of files reads the registry
once.
"""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from functools import lru_cache
from ia.core.behaviors.deadline_calendar import holidays


DEFAULT_PERIODS = ("07-16|08-15", "12-24|01-01")


@dataclass(frozen=True)
class Period:
    """A yearly period ``(month, day)`` to ``(month, day)``, both included;
    it may run over the new year (24 December – 1 January)."""

    start: tuple[int, int]
    end: tuple[int, int]

    def occurrences(self, first_year, last_year):
        """The dated ``(start, end)`` of the period from ``first_year`` on."""
        for year in range(first_year - 1, last_year + 1):
            begin = date(year, *self.start)
            finish = date(year + (self.end < self.start), *self.end)
            yield begin, finish


def parse_period(line: str) -> Period:
    """``"07-16|08-15"`` -> a :class:`Period`; ``ValueError`` if malformed."""
    first, _sep, last = (line or "").partition("|")
    start = tuple(int(part) for part in first.strip().split("-"))
    end = tuple(int(part) for part in last.strip().split("-"))
    if len(start) != 2 or len(end) != 2:
        raise ValueError(line)
    date(2024, *start), date(2024, *end)  # a real day of a leap year
    return Period(start, end)


def parse_periods(lines) -> tuple[Period, ...]:
    periods = []
    for line in lines or ():
        if line and line.strip():
            try:
                periods.append(parse_period(line))
            except (TypeError, ValueError):
                continue  # refused when the settings are saved
    return tuple(periods)


@lru_cache(maxsize=256)
def _days_off(year, extra):
    """The holidays of ``year`` (Belgian + ``extra`` lines), computed once."""
    return frozenset(holidays(year, list(extra)))


def next_working_day(day: date, extra=()) -> date:
    """``day`` itself if it is a working day, else the next one."""
    extra = tuple(extra)
    while day.weekday() >= 5 or day in _days_off(day.year, extra):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class Count:
    """The end of a delay and how it was reached (for the explanation)."""

    end: date
    suspended: tuple[tuple[date, date], ...] = ()  # periods that moved it
    moved_from: date | None = None  # the end before the working-day move


def add_days(
    start: date,
    days: int,
    *,
    periods=(),
    working_day=False,
    extra_holidays=(),
) -> Count:
    """The end of a delay of ``days`` calendar days from ``start``."""
    end = start + timedelta(days=days)
    crossed = []
    if periods:
        counted = set()
        changed = True
        while changed:
            changed = False
            for period in periods:
                for begin, finish in period.occurrences(start.year, end.year + 1):
                    if (begin, finish) in counted:
                        continue
                    low = max(begin, start + timedelta(days=1))
                    high = min(finish, end)
                    if low > high:
                        continue
                    counted.add((begin, finish))
                    crossed.append((begin, finish))
                    end += timedelta(days=(finish - low).days + 1)
                    changed = True
    moved_from = None
    if working_day:
        moved = next_working_day(end, extra_holidays)
        if moved != end:
            moved_from, end = end, moved
    return Count(end, tuple(sorted(crossed)), moved_from)
