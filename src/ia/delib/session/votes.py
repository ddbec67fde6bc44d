"""The vote on an item taken in session.

Stored on the item as ``ia_votes``, a plain dict replaced at each change::

    {"secret": bool, "yes": int, "no": int, "abstain": int,
     "by_voter": {uid: "yes" | "no" | "abstain"}}

A public vote is entered as counts or per voter (the counts are then
computed); a secret vote as counts only. The voters are the attendees
present for the item and those represented by a present proxy holder
(``ia.delib.session.attendance.item_voters``). Votes are taken on items of
a frozen, published or decided meeting, by who may modify the item; every
refusal is a ``DelibError`` and leaves the stored vote as it was.

An item added in urgency (CDLD L1122-24, list ``emergency``) also gets the
vote by which the council accepted the urgency: ``urgency=True`` stores it
as ``ia_urgency_votes`` (same shape).
"""

from dataclasses import dataclass
from dataclasses import field
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.session.attendance import attendees
from ia.delib.session.attendance import item_voters
from ia.delib.session.store import VOTING_MEETING_STATES
from ia.delib.session.store import require_meeting
from plone import api


CHOICES = ("yes", "no", "abstain")
CHOICE_LABELS = {"yes": _("in favour"), "no": _("against"), "abstain": _("abstentions")}


@dataclass(frozen=True)
class Votes:
    """A vote: counts, and per voter when public and entered so."""

    secret: bool
    yes: int
    no: int
    abstain: int
    by_voter: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain


def _attribute(urgency: bool) -> str:
    return "ia_urgency_votes" if urgency else "ia_votes"


def get_votes(item, urgency=False) -> Votes | None:
    """The vote recorded on ``item`` (its urgency's with ``urgency``), or None."""
    data = getattr(item, _attribute(urgency), None)
    if not data:
        return None
    return Votes(
        secret=bool(data["secret"]),
        yes=data["yes"],
        no=data["no"],
        abstain=data["abstain"],
        by_voter=dict(data.get("by_voter") or {}),
    )


def check_can_vote(item) -> None:
    """Refuse unless votes may be recorded on ``item`` by the current user."""
    meeting = require_meeting(item)
    if api.content.get_state(meeting) not in VOTING_MEETING_STATES:
        raise DelibError(
            _("Votes are recorded once the meeting is frozen, and until it is closed.")
        )
    if not api.user.has_permission("Modify portal content", obj=item):
        raise DelibError(_("You may not record the votes of this item."))


def _count(value, name) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DelibError(
            _(
                "msg_bad_vote_count",
                default="The number of votes (${name}) must be a whole number from 0.",
                mapping={"name": CHOICE_LABELS[name]},
            )
        )
    return value


def _counts_by_voter(by_voter, voters, silent) -> dict[str, int]:
    if not isinstance(by_voter, dict):
        raise DelibError(_("The votes per voter must map each voter to a choice."))
    counts = dict.fromkeys(CHOICES, 0)
    for uid, choice in by_voter.items():
        if uid in silent:
            raise DelibError(
                _(
                    "msg_attends_without_vote",
                    default="${name} attends without a vote.",
                    mapping={"name": silent[uid]},
                )
            )
        if uid not in voters:
            raise DelibError(
                _(
                    "msg_voter_not_present",
                    default="${uid} is not present for this item and cannot vote.",
                    mapping={"uid": str(uid)},
                )
            )
        if choice not in CHOICES:
            raise DelibError(
                _(
                    "msg_bad_vote_choice",
                    default="Unknown vote ${choice}: choose yes, no or abstain.",
                    mapping={"choice": str(choice)},
                )
            )
        counts[choice] += 1
    return counts


def set_votes(
    item,
    *,
    secret=False,
    yes=None,
    no=None,
    abstain=None,
    by_voter=None,
    urgency=False,
) -> Votes:
    """Record the vote on ``item`` (replacing the previous one); see the module."""
    check_can_vote(item)
    if urgency and getattr(item, "list_type", None) != "emergency":
        raise DelibError(_("Only an item added in urgency has a vote on its urgency."))
    if not isinstance(secret, bool):
        raise DelibError(_("Say whether the vote is secret (true or false)."))
    voters = item_voters(item)
    counts = {
        "yes": _count(yes, "yes"),
        "no": _count(no, "no"),
        "abstain": _count(abstain, "abstain"),
    }
    if by_voter:
        if secret:
            raise DelibError(
                _("A secret vote is recorded as counts only, never per voter.")
            )
        silent = {
            a.uid: a.name for a in attendees(require_meeting(item)) if not a.voting
        }
        computed = _counts_by_voter(by_voter, voters, silent)
        given = (yes, no, abstain)
        if any(v is not None for v in given) and counts != computed:
            raise DelibError(_("The counts do not match the votes per voter."))
        counts = computed
    total = sum(counts.values())
    if total == 0:
        raise DelibError(_("Enter at least one vote."))
    if total > len(voters):
        raise DelibError(
            _(
                "msg_too_many_votes",
                default="${total} votes for ${voters} voters present for this "
                "item: there cannot be more votes than voters.",
                mapping={"total": total, "voters": len(voters)},
            )
        )
    setattr(
        item,
        _attribute(urgency),
        dict(
            counts, secret=secret, by_voter=dict(by_voter or {}) if not secret else {}
        ),
    )
    return get_votes(item, urgency)


def clear_votes(item, urgency=False) -> None:
    """Forget the vote recorded on ``item`` (on its urgency with ``urgency``)."""
    check_can_vote(item)
    setattr(item, _attribute(urgency), None)
