"""The session as JSON-ready data (also what the console's page renders)."""

from dataclasses import asdict
from ia.delib.api import agenda
from ia.delib.session import attendance
from ia.delib.session.decisions import allowed_decisions
from ia.delib.session.decisions import decision_html
from ia.delib.session.urgency import urgency_outcome
from ia.delib.session.votes import get_votes
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


def state_title(state: str) -> str:
    """The translated title of an item state (ia.delib domain, as the workflow)."""
    wf_tool = api.portal.get_tool("portal_workflow")
    title = wf_tool.getTitleForStateOnType(state, "IaDelibItem") or state
    return translate(title, domain="ia.delib", context=getRequest())


def votes_data(item, urgency=False) -> dict | None:
    votes = get_votes(item, urgency)
    return None if votes is None else dict(asdict(votes), total=votes.total)


def item_data(item, present: dict[str, bool], people) -> dict:
    return {
        "@id": item.absolute_url(),
        "UID": api.content.get_uuid(item),
        "number": item.item_number,
        "title": item.Title(),
        "privacy": item.privacy,
        "list_type": item.list_type,
        "review_state": api.content.get_state(item),
        "review_state_title": state_title(api.content.get_state(item)),
        "presents": [a.uid for a in people if present.get(a.uid)],
        "voters": attendance.voters_from(people, present),
        "votes": votes_data(item),
        "urgency_votes": votes_data(item, urgency=True),
        "urgency": urgency_outcome(item),
        "item_kind": getattr(item, "item_kind", None) or "deliberation",
        "decision": decision_html(item),
        "allowed_decisions": allowed_decisions(item),
    }


def session_data(meeting) -> dict:
    """Meeting, attendees, guests and the agenda with each item's presents,
    voters, votes, decision and allowed decisions (items the user may not
    see are left out)."""
    people = attendance.attendees(meeting)
    items = agenda(meeting)
    presence = attendance.presence_by_item(meeting, items)
    return {
        "@id": f"{meeting.absolute_url()}/@ia-session",
        "meeting": {
            "@id": meeting.absolute_url(),
            "UID": api.content.get_uuid(meeting),
            "title": meeting.Title(),
            "start": meeting.start.isoformat() if meeting.start else None,
            "place": meeting.place,
            "review_state": api.content.get_state(meeting),
        },
        "attendees": [asdict(a) for a in people],
        "guests": attendance.guests(meeting),
        "items": [
            item_data(item, presence[api.content.get_uuid(item)], people)
            for item in items
            if api.user.has_permission("View", obj=item)
        ],
    }


def one_item_data(item) -> dict:
    """One item's row, as in ``session_data``."""
    from ia.delib.session.store import require_meeting

    meeting = require_meeting(item)
    people = attendance.attendees(meeting)
    present = {a.uid: True for a in attendance.item_presents(item)}
    return item_data(item, present, people)
