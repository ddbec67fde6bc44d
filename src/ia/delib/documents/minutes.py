"""The minutes' data: attendees with their presence, attendance changes per
item, votes — read from ``ia.delib.session`` and written as French
sentences, like the templates themselves (``ia.core.docgen.dates``)."""

from ia.delib.session import attendance
from ia.delib.session.store import meeting_of
from ia.delib.session.votes import get_votes


PRESENCES = {
    "present": "présent(e)",
    "excused": "excusé(e)",
    "absent": "absent(e)",
    "proxy": "représenté(e) par {proxy}",
}


def attendee_rows(meeting) -> list[dict]:
    """``[{"name", "function", "presence"}]`` in the meeting's order."""
    rows = []
    for attendee in attendance.attendees(meeting):
        label = PRESENCES.get(attendee.presence, attendee.presence)
        name = attendee.name
        if attendee.function:
            name = f"{name}, {attendee.function}"
        rows.append(
            {
                "name": name,
                "function": attendee.function,
                "presence": label.format(proxy=attendee.proxy_name or "?"),
            }
        )
    return rows


def guests(meeting) -> list[str]:
    return attendance.guests(meeting)


def presence_text(item) -> str:
    """Who left or joined the meeting for ``item``, as a sentence ('' when
    the presents are those of the meeting)."""
    meeting = meeting_of(item)
    if meeting is None:
        return ""
    everyone = attendance.attendees(meeting)
    at_start = {a.uid for a in everyone if a.presence == "present"}
    for_item = {a.uid for a in attendance.item_presents(item)}
    names = {a.uid: a.name for a in everyone}
    parts = []
    gone = [names[a.uid] for a in everyone if a.uid in at_start - for_item]
    came = [names[a.uid] for a in everyone if a.uid in for_item - at_start]
    if gone:
        parts.append("Absent(s) pour ce point : " + ", ".join(gone) + ".")
    if came:
        parts.append("Présent(s) pour ce point : " + ", ".join(came) + ".")
    return " ".join(parts)


def _plural(count, word, plural=None):
    return f"{count} {word if count < 2 else plural or word + 's'}"


def votes_text(item) -> str:
    """The vote on ``item`` as a sentence, or '' when no vote was recorded."""
    votes = get_votes(item)
    if votes is None:
        return ""
    counts = (
        f"{_plural(votes.yes, 'voix', 'voix')} pour, {votes.no} contre, "
        f"{_plural(votes.abstain, 'abstention')}"
    )
    if votes.secret:
        return f"Au scrutin secret, par {counts}."
    if not votes.no and not votes.abstain:
        text = f"À l'unanimité ({_plural(votes.yes, 'voix', 'voix')})."
    else:
        text = f"Par {counts}."
    if votes.by_voter:
        meeting = meeting_of(item)
        names = (
            {a.uid: a.name for a in attendance.attendees(meeting)} if meeting else {}
        )
        for choice, label in (
            ("yes", "Ont voté pour"),
            ("no", "Ont voté contre"),
            ("abstain", "Se sont abstenus"),
        ):
            voters = [
                names.get(uid, uid)
                for uid, vote in votes.by_voter.items()
                if vote == choice
            ]
            if voters:
                text += f" {label} : {', '.join(voters)}."
    return text
