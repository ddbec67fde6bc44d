"""The deadline rules, declared per licence family.

A :class:`Rule` says from which event a delay runs, how many days (a delay
id of :mod:`ia.urban.deadlines.settings`, or a function of the file's facts
naming one), which later events meet it, and whether the suspension
periods and the prorogations apply. The engine
(:mod:`ia.urban.deadlines.engine`) applies them; nothing else computes a
legal date.
"""

from collections.abc import Callable
from dataclasses import dataclass
from ia.urban import _
from ia.urban.kinds import CODT
from ia.urban.kinds import ENVIRONMENT


@dataclass(frozen=True)
class Rule:
    id: str
    title: object  # message id
    start: tuple = ()  # event kinds: the last one starts the delay
    delay: str | Callable = ""  # delay id, or f(facts) -> delay id
    closed_by: tuple = ()  # event kinds after the start that meet the deadline
    start_field: str = ""  # a date field of the start event used instead of its date
    end_field: str = ""  # a date field of the start event that fixes the end
    per_event: bool = False  # one deadline per start event (opinion requests)
    suspended: bool = False  # the suspension periods apply
    prorogation: bool = False  # prorogation events after the start extend it
    fallback: str = ""  # rule whose end starts this one when no start event
    after: str = ""  # starts at the end of that rule, once it is late
    only_if: Callable | None = None  # f(facts) -> bool


# How a start reads in an explanation ("75 jours à partir de ...").
START_PHRASES = {
    "deposit": _("from the deposit"),
    "completion": _("from the receipt of the missing documents"),
    "incompleteness": _("from the sending of the list of missing documents"),
    "acknowledgement": _("from the acknowledgement of receipt"),
    "opinion_request": _("from the opinion request"),
    "inquiry": _("from the start of the inquiry"),
    "rule:completeness": _(
        "from the end of the completeness delay (no acknowledgement sent)"
    ),
    "rule:decision": _("from the end of the decision delay"),
}

# Types whose decision delay does not depend on the chosen procedure.
FIXED_DECISION = {
    "IaUrbCertificate1": "cu1",
    "IaUrbNotaryRequest": "notary",
    "IaUrbDivision": "division",
    "IaUrbDeclaration": "declaration",
    "IaUrbEnvClass1": "env_class1",
    "IaUrbEnvClass2": "env_class2",
    "IaUrbEnvClass3": "env_class3",
    "IaUrbUniqueLicence": "env_unique",
}


def codt_decision_delay(facts) -> str:
    """D.IV.46: 30, 75 or 115 days after the procedure of the acknowledgement."""
    fixed = FIXED_DECISION.get(facts.portal_type)
    if fixed:
        return fixed
    procedure = facts.procedure or {}
    if procedure.get("fd_opinion") == "mandatory":
        return "decision_fd"
    if (
        facts.publicity
        or procedure.get("opinions")
        or procedure.get("fd_opinion") == "optional"
    ):
        return "decision_publicity"
    return "decision_simple"


def env_decision_delay(facts) -> str:
    return FIXED_DECISION.get(facts.portal_type, "env_class2")


def inquiry_delay(facts) -> str:
    return "announcement" if facts.publicity == "announcement" else "inquiry"


def not_decided(facts) -> bool:
    return not facts.has("decision")


# The blocks both families share; a family lists its blocks (and names its
# own delays) below, so that it reads as its rules only.
def completeness(delay: str) -> Rule:
    """Acknowledgement or list of missing documents within ``delay``."""
    return Rule(
        "completeness",
        _("Completeness limit"),
        start=("deposit", "completion"),
        delay=delay,
        closed_by=("acknowledgement", "incompleteness"),
    )


def decision(delay: Callable) -> Rule:
    """The decision, from the acknowledgement (else the end of the
    completeness delay), suspended, extended by the prorogations."""
    return Rule(
        "decision",
        _("Decision limit"),
        start=("acknowledgement",),
        delay=delay,
        closed_by=("decision",),
        suspended=True,
        prorogation=True,
        fallback="completeness",
    )


COMPLETION = Rule(
    "completion",
    _("Limit to complete the file"),
    start=("incompleteness",),
    delay="completion",
    closed_by=("completion", "acknowledgement"),
)
OPINION = Rule(
    "opinion",
    _("Opinion limit"),
    start=("opinion_request",),
    delay="opinion",
    closed_by=("opinion_answer",),
    per_event=True,
)
INQUIRY_END = Rule(
    "inquiry_end",
    _("End of the public inquiry"),
    start=("inquiry",),
    start_field="start",
    end_field="end",
    delay=inquiry_delay,
    closed_by=("inquiry_meeting",),
    suspended=True,
)
FD_REFERRAL = Rule(
    "fd_referral",
    _("Decision of the delegated official (FD)"),
    after="decision",
    delay="fd_referral",
    closed_by=("decision",),
    only_if=not_decided,
)
NOTIFICATION = Rule(
    "notification",
    _("Notification of the decision"),
    start=("decision",),
    delay="notification",
    closed_by=("notification",),
)

# CoDT (D.IV.33, D.IV.46, D.IV.47)
CODT_RULES = (
    completeness("completeness"),
    COMPLETION,
    OPINION,
    INQUIRY_END,
    decision(codt_decision_delay),
    FD_REFERRAL,
    NOTIFICATION,
)

# Environment permits (décret du 11 mars 1999): no FD referral, no
# notification delay of their own.
ENVIRONMENT_RULES = (
    completeness("env_completeness"),
    COMPLETION,
    OPINION,
    INQUIRY_END,
    decision(env_decision_delay),
)

# Inspections and infringements follow no legal delay of this kind.
RULES = {CODT: CODT_RULES, ENVIRONMENT: ENVIRONMENT_RULES}


def rules_for(family: str) -> tuple:
    return RULES.get(family, ())
