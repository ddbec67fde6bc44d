"""The council's vote on the urgency of an item added in urgency (CDLD L1122-24).

An item that was not on the agenda sent with the convocation (list
``emergency``) is discussed only when the council declares the urgency,
"par les deux tiers au moins des membres présents": the voting members
present for the item (``ia.delib.session.attendance.item_voters``; the DG,
the secretary and guests do not count). The meeting manager records the
vote on the urgency before the item is treated:

- ``vote_urgency(item, yes=12, no=3)`` (or ``by_voter``, or ``secret``, as
  ``ia.delib.session.votes.set_votes``) stores the vote as
  ``ia_urgency_votes`` with its outcome ``accepted`` (at least two thirds
  of the voters present said yes);
- a refused urgency takes the item off the session: the item is removed
  from the agenda (transition ``remove``), its texts untouched;
- ``urgency_outcome(item)`` is ``"accepted"``, ``"refused"`` or ``None``
  (no vote yet, or not an urgent item); ``ia.delib.session.decisions``
  refuses to decide an urgent item until its urgency is accepted.
"""

from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.session.attendance import item_voters
from ia.delib.session.votes import clear_votes
from ia.delib.session.votes import set_votes
from plone import api


URGENT = "emergency"
REFUSED_STATE = "removed"


def is_urgent(item) -> bool:
    return getattr(item, "list_type", None) == URGENT


def required_yes(voters: int) -> int:
    """The yes votes that declare the urgency: two thirds of ``voters``,
    rounded up."""
    return -(-2 * voters // 3)


def urgency_outcome(item) -> str | None:
    """``"accepted"``, ``"refused"`` or None (not urgent, or no vote yet)."""
    if not is_urgent(item):
        return None
    data = getattr(item, "ia_urgency_votes", None)
    if not data:
        return None
    accepted = data.get("accepted")
    if accepted is None:  # recorded before the outcome was stored
        total = data["yes"] + data["no"] + data["abstain"]
        accepted = data["yes"] >= required_yes(total)
    return "accepted" if accepted else "refused"


def vote_urgency(item, **vote) -> str:
    """Record the vote on the urgency of ``item`` (the arguments of
    ``set_votes``); remove the item from the session when the urgency is
    refused. The outcome (see ``urgency_outcome``)."""
    if not is_urgent(item):
        raise DelibError(_("Only an item added in urgency has a vote on its urgency."))
    if api.content.get_state(item) == REFUSED_STATE:
        raise DelibError(
            _(
                "The urgency was refused and the item removed from the session: "
                "undo that decision first."
            )
        )
    from ia.delib.session.decisions import decide

    previous = getattr(item, "ia_urgency_votes", None)
    voters = len(item_voters(item))
    votes = set_votes(item, urgency=True, **vote)
    accepted = votes.yes >= required_yes(voters)
    item.ia_urgency_votes = dict(item.ia_urgency_votes, accepted=accepted)
    if not accepted:
        try:
            decide(item, "remove")
        except DelibError:
            item.ia_urgency_votes = previous  # nothing half-written
            raise
    return urgency_outcome(item)


def clear_urgency(item) -> None:
    """Forget the vote on the urgency (not once the item was removed for it)."""
    if api.content.get_state(item) == REFUSED_STATE:
        raise DelibError(
            _(
                "The urgency was refused and the item removed from the session: "
                "undo that decision first."
            )
        )
    clear_votes(item, urgency=True)


def check_urgency_accepted(item, transition: str) -> None:
    """Refuse to treat an urgent item before the council accepted its urgency
    (removing it from the agenda stays possible)."""
    if not is_urgent(item) or transition == "remove":
        return
    if urgency_outcome(item) != "accepted":
        raise DelibError(
            _(
                "Record the council's vote on the urgency of this item first "
                "(CDLD L1122-24): it is treated only once the urgency is accepted."
            )
        )
