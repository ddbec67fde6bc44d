"""The rules of a file's family applied to its events.

:func:`compute` takes plain data (the portal type and the list of event
dicts), so that it runs without the object and is tested with worked
examples; :func:`deadlines_of` reads them from a file. Each
:class:`Deadline` carries its explanation as message ids
(:func:`explain` turns them into French text: "75 jours à partir de
l'accusé de réception du 3 mars 2026, prolongés de 30 jours le …").
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from ia.core.docgen.dates import format_date
from ia.urban import _
from ia.urban.deadlines import rules as rules_module
from ia.urban.deadlines.calendar import add_days
from ia.urban.deadlines.settings import Settings
from ia.urban.kinds import family_of
from zope.i18n import translate


@dataclass
class Facts:
    """What the rules read of a file: its type and its events, in date order."""

    portal_type: str
    events: list

    def __post_init__(self):
        self.events = sorted(self.events, key=lambda event: event["date"])
        self.by_kind = {}
        for event in self.events:
            self.by_kind.setdefault(event["kind"], []).append(event)

    def of(self, *kinds):
        if len(kinds) == 1:
            return self.by_kind.get(kinds[0], [])
        return [event for event in self.events if event["kind"] in kinds]

    def last(self, *kinds):
        found = self.of(*kinds)
        return found[-1] if found else None

    def has(self, *kinds) -> bool:
        return bool(self.of(*kinds))

    @property
    def procedure(self) -> dict:
        return self.last("procedure") or {}

    @property
    def publicity(self) -> str:
        inquiry = self.last("inquiry")
        if inquiry is not None:
            return inquiry.get("publicity") or "inquiry"
        return self.procedure.get("publicity") or ""


@dataclass
class Deadline:
    rule: str
    title: object
    date: date
    start: date
    days: int
    parts: list = field(default_factory=list)  # (msgid, default, raw mapping)
    met_on: date | None = None  # the event that met it
    event: str = ""  # the start event's id (per-event rules)

    @property
    def explanation(self) -> list:
        """The explanation as message ids (dates written in French)."""
        return [_message(*part) for part in self.parts]

    @property
    def open(self) -> bool:
        return self.met_on is None

    def late(self, today=None) -> bool:
        return self.open and self.date < (today or date.today())


def _part(msgid, default, **mapping):
    """A piece of explanation, formatted only when it is read."""
    return (msgid, default, mapping)


def _message(msgid, default, mapping):
    weekday = msgid == "explain_working_day"
    written = {
        key: format_date(value, weekday=weekday) if isinstance(value, date) else value
        for key, value in mapping.items()
    }
    return _(msgid, default=default, mapping=written)


def _day(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _delay_key(rule, facts) -> str:
    return rule.delay(facts) if callable(rule.delay) else rule.delay


def _met(rule, facts, start: date, start_event=None):
    """The date of the first closing event on or after ``start``."""
    for event in facts.of(*rule.closed_by):
        if _day(event["date"]) < start:
            continue
        if rule.per_event and start_event is not None:
            if event.get("request") and event.get("request") != start_event["id"]:
                continue
        return _day(event["date"])
    return None


def _from(start_key, start: date, days: int):
    return _part(
        "explain_from",
        "${days} days ${from} of ${date}",
        days=days,
        date=start,
        **{"from": rules_module.START_PHRASES.get(start_key, start_key)},
    )


def _count(rule, facts, settings, *, start, start_key, days, start_event=None):
    """The deadline of ``rule`` from ``start``, with its explanation."""
    explanation = [_from(start_key, start, days)]
    total = days
    if rule.prorogation:
        for event in facts.of("prorogation"):
            on = _day(event["date"])
            if on >= start:
                extra = int(event.get("days") or settings.days("prorogation"))
                total += extra
                explanation.append(
                    _part(
                        "explain_prorogation",
                        "extended by ${days} days on ${date}",
                        days=extra,
                        date=on,
                    )
                )
    fixed_end = (
        _day(start_event.get(rule.end_field))
        if start_event and rule.end_field
        else None
    )
    if fixed_end is not None:
        count_end, crossed, moved_from = fixed_end, (), None
        explanation = [
            _part(
                "explain_fixed_end",
                "from ${start} to ${end}, as announced",
                start=start,
                end=fixed_end,
            )
        ]
    else:
        count = add_days(
            start,
            total,
            periods=settings.periods if rule.suspended else (),
            working_day=settings.working_day,
            extra_holidays=settings.extra_holidays,
        )
        count_end, crossed, moved_from = count.end, count.suspended, count.moved_from
    for begin, finish in crossed:
        explanation.append(
            _part(
                "explain_suspension",
                "suspended from ${start} to ${end}",
                start=begin,
                end=finish,
            )
        )
    if moved_from is not None:
        explanation.append(
            _part(
                "explain_working_day",
                "moved to ${date} (next working day)",
                date=count_end,
            )
        )
    deadline = Deadline(rule.id, rule.title, count_end, start, total, explanation)
    deadline.met_on = _met(rule, facts, start, start_event)
    if start_event is not None and rule.per_event:
        deadline.event = start_event["id"]
    return deadline


def _starts(rule, facts, computed):
    """``(start date, start key, start event)`` of each deadline of ``rule``."""
    if rule.after:
        previous = computed.get(rule.after)
        if previous is None or not previous.open:
            return []
        return [(previous.date, "rule:" + rule.after, None)]
    events = facts.of(*rule.start)
    if rule.per_event:
        chosen = events
    else:
        chosen = events[-1:]
    if not chosen and rule.fallback:
        previous = computed.get(rule.fallback)
        if previous is not None and previous.open:
            return [(previous.date, "rule:" + rule.fallback, None)]
        return []
    starts = []
    for event in chosen:
        start = _day(event.get(rule.start_field)) if rule.start_field else None
        starts.append((start or _day(event["date"]), event["kind"], event))
    return starts


def compute(portal_type: str, events, settings: Settings | None = None, today=None):
    """Every deadline of a file (met or open), in date order."""
    settings = settings or Settings()
    facts = Facts(portal_type, [dict(event) for event in events])
    computed = {}
    result = []
    for rule in rules_module.rules_for(family_of(portal_type)):
        if rule.only_if is not None and not rule.only_if(facts):
            continue
        starts = _starts(rule, facts, computed)
        if rule.after:
            # the FD is seized only once the college's delay is over
            starts = [s for s in starts if s[0] < (today or date.today())]
        days = settings.days(_delay_key(rule, facts))
        for start, start_key, start_event in starts:
            deadline = _count(
                rule,
                facts,
                settings,
                start=start,
                start_key=start_key,
                days=days,
                start_event=start_event,
            )
            computed[rule.id] = deadline
            result.append(deadline)
    return sorted(result, key=lambda deadline: deadline.date)


def next_open(deadlines) -> Deadline | None:
    open_ones = [deadline for deadline in deadlines if deadline.open]
    return min(open_ones, key=lambda deadline: deadline.date) if open_ones else None


def explain(deadline: Deadline, request=None, language="fr") -> str:
    """The explanation as one French sentence ("75 jours à partir de …")."""
    kwargs = (
        {"context": request} if request is not None else {"target_language": language}
    )
    parts = []
    for message in deadline.explanation:
        mapping = {
            key: translate(value, **kwargs) if hasattr(value, "domain") else value
            for key, value in (message.mapping or {}).items()
        }
        parts.append(
            translate(
                _(str(message), default=message.default, mapping=mapping), **kwargs
            )
        )
    return ", ".join(parts)
