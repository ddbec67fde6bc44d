"""The delays (in calendar days) and suspension periods, from the registry.

``ia.urban.delays``: one ``id|days`` line a delay (the ids of
:data:`DEFAULT_DELAYS`); ``ia.urban.suspension_periods``: ``MM-DD|MM-DD``
lines; ``ia.urban.extend_to_working_day``: a last day on a weekend or a
holiday moves to the next working day. Read once per computation so that
a batch of files costs one registry read.
"""

from dataclasses import dataclass
from dataclasses import field
from ia.core.behaviors.deadline_calendar import EXTRA_HOLIDAYS_RECORD
from ia.core.registrylines import parse_pairs
from ia.urban.deadlines.calendar import DEFAULT_PERIODS
from ia.urban.deadlines.calendar import parse_periods
from plone import api


# Checked in public sources unless marked *check* in docs/urban-guide.md.
DEFAULT_DELAYS = {
    "completeness": 20,  # D.IV.33: acknowledgement or missing documents
    "completion": 180,  # the applicant completes the file
    "opinion": 30,  # services and commissions; deemed favourable after
    "inquiry": 15,  # public inquiry
    "announcement": 15,  # project announcement (*check*)
    "decision_simple": 30,  # D.IV.46, no publicity, opinion or FD opinion
    "decision_publicity": 75,  # publicity, opinions or an optional FD opinion
    "decision_fd": 115,  # mandatory FD opinion (*check*)
    "prorogation": 30,  # one extension decided by the college
    "fd_referral": 40,
    "notification": 20,  # the decision sent to the applicant (*check*)  # D.IV.47: the FD decides when the college did not
    "cu1": 30,  # certificate n°1
    "notary": 30,  # notary information request
    "division": 30,  # division notice (*check*)
    "declaration": 30,  # planning declaration (*check*)
    "env_completeness": 20,  # environment permits
    "env_class1": 140,
    "env_class2": 70,
    "env_class3": 15,  # declaration of class 3 (*check*)
    "env_unique": 140,  # single permit of class 1 (*check* class 2: 90)
}

DELAYS_RECORD = "ia.urban.delays"
PERIODS_RECORD = "ia.urban.suspension_periods"
WORKING_DAY_RECORD = "ia.urban.extend_to_working_day"


@dataclass(frozen=True)
class Settings:
    delays: dict = field(default_factory=lambda: dict(DEFAULT_DELAYS))
    periods: tuple = parse_periods(DEFAULT_PERIODS)
    working_day: bool = True
    extra_holidays: tuple = ()

    def days(self, key: str) -> int:
        return int(self.delays.get(key, DEFAULT_DELAYS.get(key, 0)))


def parse_delays(lines) -> dict:
    delays = dict(DEFAULT_DELAYS)
    for key, value in parse_pairs(lines):
        if value.strip().isdigit():
            delays[key] = int(value)
    return delays


def load() -> Settings:
    """The settings of the site (defaults where a record is missing)."""

    def record(name, default):
        return api.portal.get_registry_record(name, default=default)

    periods = record(PERIODS_RECORD, None)
    return Settings(
        delays=parse_delays(record(DELAYS_RECORD, None)),
        periods=parse_periods(DEFAULT_PERIODS if periods is None else periods),
        working_day=bool(record(WORKING_DAY_RECORD, True)),
        extra_holidays=tuple(record(EXTRA_HOLIDAYS_RECORD, None) or ()),
    )
