"""What each demo mail will be: service, type, subject, sender, age, state.

``plan(index, services)`` is deterministic (a random generator seeded with
the index), so a re-run plans the same mails and a larger ``mails`` option
only plans new ones. Older mails are more often treated: the closed ones lie
in the past, the mails still to register arrived in the last days.
"""

from dataclasses import dataclass
from ia.docs.demo import data
import random


INCOMING_STATES = (
    "created",
    "proposed_to_manager",
    "proposed_to_agent",
    "in_treatment",
    "closed",
)

# (oldest age in days, {state: weight}): the first row whose age fits.
STATE_WEIGHTS = (
    (
        45,
        {"closed": 60, "in_treatment": 25, "proposed_to_agent": 10, "created": 5},
    ),
    (
        15,
        {
            "closed": 25,
            "in_treatment": 40,
            "proposed_to_agent": 20,
            "proposed_to_manager": 15,
        },
    ),
    (
        0,
        {
            "in_treatment": 20,
            "proposed_to_agent": 20,
            "proposed_to_manager": 30,
            "created": 30,
        },
    ),
)

REPLY_STATES = ("created", "to_be_signed", "signed")

# The first mails show every case, so that a small demo has them all:
# (state, reply, task, age).
SHOWCASE = (
    ("created", None, None, 1),
    ("proposed_to_manager", None, None, 3),
    ("proposed_to_agent", None, None, 6),
    ("in_treatment", "signed", None, 70),
    ("in_treatment", "to_be_signed", "in_progress", 20),
    ("in_treatment", "created", "to_do", 12),
    ("closed", "sent", None, 40),
    ("closed", None, None, 60),
)
SHOWCASE_SERVICE = "urbanisme"  # urbachef and urbagent show them all
MAX_AGE = 92


@dataclass(frozen=True)
class MailPlan:
    key: str
    service: str
    mail_type: str
    subject: str
    sender: str  # key of data.PERSONS / data.ORGANISATIONS
    age: int  # days since reception
    state: str
    copy: bool
    reply: str | None  # state of the outgoing reply, or None
    task: str | None  # state of the task asked to another service, or None


def _weighted(rng, weights):
    states = list(weights)
    return rng.choices(states, [weights[s] for s in states])[0]


def plan(index: int, services) -> MailPlan:
    """The plan of mail number ``index`` among the service ids ``services``."""
    rng = random.Random(f"ia.docs.demo:{index}")
    service = rng.choice(sorted(services))
    if index < len(SHOWCASE) and SHOWCASE_SERVICE in services:
        service = SHOWCASE_SERVICE
    subjects = data.SUBJECTS[service]
    mail_type, subject = rng.choice(subjects)
    if index < len(SHOWCASE):
        mail_type, subject = subjects[index % len(subjects)]
    senders = [p[0] for p in data.PERSONS] + [o[0] for o in data.ORGANISATIONS]
    sender = rng.choice(senders)
    age = rng.randint(0, MAX_AGE)
    weights = next(w for oldest, w in STATE_WEIGHTS if age >= oldest)
    state = _weighted(rng, weights)
    reply = task = None
    roll = rng.random()
    if state == "in_treatment":
        if roll < 0.45:
            reply = REPLY_STATES[index % len(REPLY_STATES)]
        if rng.random() < 0.3:
            task = "in_progress" if index % 2 else "to_do"
    elif state == "closed" and roll < 0.5:
        reply = "sent"
    if index < len(SHOWCASE):
        state, reply, task, age = SHOWCASE[index]
    return MailPlan(
        key=f"demo-{index:04d}",
        service=service,
        mail_type=mail_type,
        subject=subject,
        sender=sender,
        age=age,
        state=state,
        copy=rng.random() < 0.3 or index in (3, 4),
        reply=reply,
        task=task,
    )
