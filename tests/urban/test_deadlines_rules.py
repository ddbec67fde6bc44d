"""Worked examples of the deadline rules (no site needed: plain dates).

Each case is a file's events and the dates a civil servant would compute
by hand with the CoDT's delays (docs/urban-guide.md), including the
suspension periods 16 July–15 August and 24 December–1 January and the
move of a last day falling on a weekend or a holiday.
"""

from datetime import date
from ia.urban.deadlines.calendar import add_days
from ia.urban.deadlines.calendar import parse_period
from ia.urban.deadlines.calendar import parse_periods
from ia.urban.deadlines.engine import compute
from ia.urban.deadlines.engine import next_open
from ia.urban.deadlines.settings import Settings
from ia.urban.deadlines.settings import parse_delays
import pytest


SETTINGS = Settings()
TODAY = date(2026, 3, 1)


def ev(kind, day, **fields):
    return dict(fields, id=f"{kind}-{day}", kind=kind, date=day)


def dates(portal_type, events, settings=SETTINGS, today=TODAY):
    return {d.rule: d for d in compute(portal_type, events, settings, today=today)}


def test_simple_procedure_30_days():
    """Acknowledged on Tuesday 3 March 2026, nothing asked: 30 days."""
    found = dates(
        "IaUrbBuildLicence",
        [ev("deposit", "2026-03-01"), ev("acknowledgement", "2026-03-03")],
    )
    assert found["decision"].date == date(2026, 4, 2)
    assert found["decision"].days == 30
    # the completeness limit was met by the acknowledgement
    assert found["completeness"].met_on == date(2026, 3, 3)
    assert not found["completeness"].open


def test_completeness_limit_moves_to_monday():
    """Deposit on 2 March: 20 days end on Sunday 22 March, moved to Monday."""
    found = dates("IaUrbBuildLicence", [ev("deposit", "2026-03-02")])
    assert found["completeness"].date == date(2026, 3, 23)
    assert found["completeness"].open
    # no acknowledgement sent: the decision delay runs from that limit
    assert found["decision"].date == date(2026, 4, 22)
    assert found["decision"].start == date(2026, 3, 23)


def test_publicity_75_days_and_weekend():
    """With an inquiry: 75 days from 3 March end on Sunday 17 May -> 18 May."""
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("deposit", "2026-03-01"),
            ev("acknowledgement", "2026-03-03"),
            ev("procedure", "2026-03-03", publicity="inquiry"),
        ],
    )
    assert found["decision"].date == date(2026, 5, 18)
    assert found["decision"].days == 75


def test_prorogation_30_days():
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("deposit", "2026-03-01"),
            ev("acknowledgement", "2026-03-03"),
            ev("procedure", "2026-03-03", publicity="inquiry"),
            ev("prorogation", "2026-04-10"),
        ],
    )
    assert found["decision"].date == date(2026, 6, 16)
    assert found["decision"].days == 105


def test_mandatory_fd_opinion_115_days():
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("acknowledgement", "2026-03-03"),
            ev("procedure", "2026-03-03", fd_opinion="mandatory", opinions=True),
        ],
    )
    assert found["decision"].days == 115
    assert found["decision"].date == date(2026, 6, 26)


def test_summer_suspension():
    """Acknowledged 1 July with opinions: 75 days + the 31 days of 16 July-15
    August -> 15 October 2026."""
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("acknowledgement", "2026-07-01"),
            ev("procedure", "2026-07-01", opinions=True),
        ],
    )
    assert found["decision"].date == date(2026, 10, 15)
    messages = [m.default for m in found["decision"].explanation]
    assert "suspended from ${start} to ${end}" in messages


def test_christmas_suspension_of_the_inquiry():
    """An inquiry from 15 December: 8 days before the 24th, the 9 days of 24
    December-1 January not counted, 7 more -> Friday 8 January 2027."""
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("acknowledgement", "2026-12-01"),
            ev("inquiry", "2026-12-10", start="2026-12-15"),
        ],
    )
    assert found["inquiry_end"].date == date(2027, 1, 8)
    # the inquiry makes the decision delay 75 days, across Christmas too
    assert found["decision"].days == 75
    assert found["decision"].date == date(2027, 2, 23)


def test_inquiry_end_fixed_by_the_notice():
    found = dates(
        "IaUrbBuildLicence",
        [ev("inquiry", "2026-03-01", start="2026-03-02", end="2026-03-20")],
    )
    assert found["inquiry_end"].date == date(2026, 3, 20)


def test_opinions_one_deadline_each():
    found = compute(
        "IaUrbBuildLicence",
        [
            ev("acknowledgement", "2026-03-03"),
            dict(ev("opinion_request", "2026-03-04", body="SRI"), id="r1"),
            dict(ev("opinion_request", "2026-03-05", body="DNF"), id="r2"),
            ev("opinion_answer", "2026-03-20", body="SRI", request="r1"),
        ],
        SETTINGS,
        today=TODAY,
    )
    opinions = {d.event: d for d in found if d.rule == "opinion"}
    assert opinions["r1"].met_on == date(2026, 3, 20)
    assert opinions["r2"].open
    # 30 days end on Saturday 4 April; Easter Monday 6 April 2026 is a
    # holiday: Tuesday 7 April
    assert opinions["r2"].date == date(2026, 4, 7)


def test_fd_referral_once_the_college_is_late():
    events = [ev("deposit", "2026-01-02"), ev("acknowledgement", "2026-01-05")]
    found = dates("IaUrbBuildLicence", events)
    assert found["decision"].date == date(2026, 2, 4)
    assert found["fd_referral"].date == date(2026, 3, 16)
    assert "fd_referral" not in dates(
        "IaUrbBuildLicence", events, today=date(2026, 2, 1)
    )
    decided = events + [ev("decision", "2026-02-03", result="granted")]
    assert "fd_referral" not in dates("IaUrbBuildLicence", decided)


def test_next_open_and_notification():
    events = [
        ev("acknowledgement", "2026-03-03"),
        ev("decision", "2026-03-20", result="granted"),
    ]
    deadline = next_open(compute("IaUrbBuildLicence", events, SETTINGS, today=TODAY))
    assert deadline.rule == "notification"
    assert deadline.date == date(2026, 4, 9)


def test_environment_class_1_140_days():
    found = dates(
        "IaUrbEnvClass1",
        [ev("deposit", "2026-01-20"), ev("acknowledgement", "2026-02-02")],
    )
    assert found["decision"].date == date(2026, 6, 22)
    assert found["decision"].days == 140


def test_certificate_fixed_delay_and_enforcement_has_none():
    found = dates(
        "IaUrbCertificate1",
        [
            ev("acknowledgement", "2026-03-03"),
            ev("procedure", "2026-03-03", publicity="inquiry"),
        ],
    )
    assert found["decision"].days == 30
    assert compute("IaUrbInfringement", [ev("deposit", "2026-03-02")], SETTINGS) == []


def test_delays_are_configurable():
    settings = Settings(delays=parse_delays(["decision_simple|45", "bad|x"]))
    found = dates("IaUrbBuildLicence", [ev("acknowledgement", "2026-03-03")], settings)
    assert found["decision"].days == 45


def test_periods_are_configurable():
    no_periods = Settings(periods=())
    found = dates(
        "IaUrbBuildLicence",
        [
            ev("acknowledgement", "2026-07-01"),
            ev("procedure", "2026-07-01", opinions=True),
        ],
        no_periods,
    )
    assert found["decision"].date == date(2026, 9, 14)


@pytest.mark.parametrize(
    "start,days,end",
    [
        (date(2026, 7, 10), 10, date(2026, 8, 20)),  # 5 days before, 5 after
        (date(2026, 7, 20), 5, date(2026, 8, 20)),  # starts inside the period
        (date(2026, 8, 15), 1, date(2026, 8, 16)),  # starts on its last day
        (date(2026, 7, 1), 10, date(2026, 7, 11)),  # ends before it
    ],
)
def test_add_days_across_the_summer(start, days, end):
    count = add_days(start, days, periods=parse_periods(["07-16|08-15"]))
    assert count.end == end


def test_bad_period_lines_are_skipped():
    assert parse_periods(["07-16|08-15", "nonsense", "13-01|14-01", ""]) == (
        parse_period("07-16|08-15"),
    )
