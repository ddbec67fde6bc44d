"""Belgian holidays and due-date computation (no site needed)."""

from datetime import date
from datetime import datetime
from ia.core.behaviors.deadline_calendar import belgian_holidays
from ia.core.behaviors.deadline_calendar import compute_due_date
from ia.core.behaviors.deadline_calendar import easter
from ia.core.behaviors.deadline_calendar import is_working_day
from ia.core.behaviors.deadline_calendar import parse_extra_holidays
import pytest


NO_EXTRA = []


@pytest.mark.parametrize(
    "year,sunday",
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter(year, sunday):
    assert easter(year) == sunday


def test_belgian_holidays_2026():
    days = belgian_holidays(2026)
    assert len(days) == 10
    assert days[date(2026, 4, 6)] == "Lundi de Pâques"
    assert days[date(2026, 5, 14)] == "Ascension"
    assert days[date(2026, 5, 25)] == "Lundi de Pentecôte"
    assert date(2026, 7, 21) in days and date(2026, 11, 11) in days


def test_calendar_days():
    assert compute_due_date(date(2026, 1, 10), 20, extra=NO_EXTRA) == date(2026, 1, 30)
    assert compute_due_date(datetime(2026, 1, 10, 15, 30), 30, extra=NO_EXTRA) == date(
        2026, 2, 9
    )
    assert compute_due_date(date(2026, 1, 10), 0, extra=NO_EXTRA) == date(2026, 1, 10)


def test_calendar_days_extended_to_working_day():
    # 20 days after 2026-03-17 is Monday 6 April 2026, Easter Monday
    assert compute_due_date(date(2026, 3, 17), 20, extra=NO_EXTRA) == date(2026, 4, 6)
    assert compute_due_date(
        date(2026, 3, 17), 20, extend_to_working_day=True, extra=NO_EXTRA
    ) == date(2026, 4, 7)
    # ending on Saturday 4 April: moved over the weekend and Easter Monday
    assert compute_due_date(
        date(2026, 3, 15), 20, extend_to_working_day=True, extra=NO_EXTRA
    ) == date(2026, 4, 7)


def test_working_days_skip_weekends_and_holidays():
    # Thu 2 April 2026 + 3 working days: Fri 3, (weekend, Easter Monday) Tue 7, Wed 8
    assert compute_due_date(
        date(2026, 4, 2), 3, calendar=False, extra=NO_EXTRA
    ) == date(2026, 4, 8)
    # Friday + 1 working day = Monday
    assert compute_due_date(
        date(2026, 1, 9), 1, calendar=False, extra=NO_EXTRA
    ) == date(2026, 1, 12)
    # across Christmas and New Year
    assert compute_due_date(
        date(2026, 12, 24), 2, calendar=False, extra=NO_EXTRA
    ) == date(2026, 12, 29)


def test_extra_holidays():
    extra = [
        "09-27|Fête de la FWB",
        "2026-12-24|Veille de Noël",
        "garbage",
        "13-45|bad",
    ]
    days = parse_extra_holidays(extra, 2026)
    assert days == {
        date(2026, 9, 27): "Fête de la FWB",
        date(2026, 12, 24): "Veille de Noël",
    }
    assert parse_extra_holidays(extra, 2027) == {date(2027, 9, 27): "Fête de la FWB"}
    assert not is_working_day(date(2026, 12, 24), extra)
    assert compute_due_date(date(2026, 12, 23), 1, calendar=False, extra=extra) == date(
        2026, 12, 28
    )


@pytest.mark.parametrize("days", [-1, 1.5, "3", True])
def test_bad_days(days):
    with pytest.raises(ValueError):
        compute_due_date(date(2026, 1, 1), days, extra=NO_EXTRA)


def test_bad_start():
    with pytest.raises(TypeError):
        compute_due_date("2026-01-01", 3, extra=NO_EXTRA)
