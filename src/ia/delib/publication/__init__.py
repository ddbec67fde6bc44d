"""The public projection of meetings: what a citizen may read.

Citizens never get the View permission on items. For a meeting of a body
whose meetings are public (``meetings_are_public``), in state published,
decided or closed, ``public_items`` reads the agenda without the user's
security and keeps, of the public-session items only, the number, title,
category and motivation — and, once the meeting and the item are decided,
the decision and its state. Nothing else leaves this module: no
closed-session item, no internal note, no annex. The public pages and the
anonymous REST services all answer from these functions.
"""

from ia.delib.browser.rows import ordered
from ia.delib.content.body import meetings_are_public  # noqa: F401 (API)
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from ia.delib.dates import brussels
from ia.delib.dates import sort_key
from ia.delib.workflows import MEETING_WORKFLOW
from ia.delib.workflows import decided_states
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


PUBLIC_STATES = ("published", "decided", "closed")
DECISION_STATES = ("decided", "closed")


def meeting_state(meeting) -> str:
    wf_tool = api.portal.get_tool("portal_workflow")
    status = wf_tool.getStatusOf(MEETING_WORKFLOW, meeting) or {}
    return status.get("review_state", "created")


def is_public(meeting) -> bool:
    """Citizens may read ``meeting``'s public agenda."""
    body = body_of(meeting)
    return (
        body is not None
        and meetings_are_public(body)
        and meeting_state(meeting) in PUBLIC_STATES
    )


def _html(text) -> str:
    return text.output if text is not None and text.raw else ""


def public_items(meeting) -> list[dict]:
    """The public-session items of a public meeting, as plain dicts."""
    if not is_public(meeting):
        return []
    body = body_of(meeting)
    categories = dict(parse_categories(body.categories))
    decisions = meeting_state(meeting) in DECISION_STATES
    decided_item_states = decided_states(meeting)
    wf_tool = api.portal.get_tool("portal_workflow")
    rows = []
    for brain, item in ordered(meeting, unrestricted=True):
        if getattr(item, "privacy", None) != "public":
            continue
        state = brain.review_state
        decided = decisions and state in decided_item_states
        rows.append(
            {
                "number": item.item_number,
                "title": item.Title(),
                "category": categories.get(item.category, item.category or ""),
                "motivation": _html(item.motivation),
                "decision": _html(item.decision) if decided else "",
                "decision_state": state if decided else None,
                "decision_state_title": (
                    translate(
                        wf_tool.getTitleForStateOnType(state, "IaDelibItem"),
                        domain="ia.delib",
                        context=getRequest(),
                    )
                    if decided
                    else None
                ),
            }
        )
    return rows


def public_page_url(obj) -> str:
    """The citizens' page of a meeting or body: under the site's
    ``@@ia-seances-publiques``, so that it has the site's header."""
    portal = api.portal.get()
    path = obj.getPhysicalPath()[len(portal.getPhysicalPath()) :]
    return "/".join((portal.absolute_url(), "@@ia-seances-publiques", *path))


def meeting_summary(meeting) -> dict:
    """The public facts of a meeting (no agenda)."""
    return {
        "title": meeting.Title(),
        "start": brussels(meeting.start).isoformat() if meeting.start else None,
        "end": brussels(meeting.end).isoformat() if meeting.end else None,
        "date": meeting.date.isoformat() if meeting.date else None,
        "place": meeting.place or "",
        "session_type": meeting.session_type,
        "review_state": meeting_state(meeting),
        "body": body_of(meeting).Title(),
        "url": public_page_url(meeting),
        "api_url": f"{meeting.absolute_url()}/@ia-public-agenda",
    }


def public_meetings(body) -> list:
    """The public meetings of ``body``, newest first ([] for a body whose
    meetings are not public)."""
    if not meetings_are_public(body):
        return []
    brains = api.content.find(
        context=body,
        portal_type="IaDelibMeeting",
        review_state=PUBLIC_STATES,
        sort_on="start",
        sort_order="descending",
        unrestricted=True,
    )
    return [brain._unrestrictedGetObject() for brain in brains]


def public_bodies() -> list:
    """The bodies of the site whose meetings are public, by title."""
    brains = api.content.find(
        portal_type="IaDelibBody", sort_on="sortable_title", unrestricted=True
    )
    bodies = [brain._unrestrictedGetObject() for brain in brains]
    return [body for body in bodies if meetings_are_public(body)]


def all_public_meetings() -> list:
    """Every public meeting of the public bodies, newest first."""
    meetings = [
        meeting for body in public_bodies() for meeting in public_meetings(body)
    ]
    return sorted(meetings, key=sort_key, reverse=True)


def by_year(meetings) -> list[dict]:
    """``[{"year": 2026, "meetings": [...]}]``, keeping the given order."""
    groups = []
    for meeting in meetings:
        year = sort_key(meeting).year
        if not groups or groups[-1]["year"] != year:
            groups.append({"year": year, "meetings": []})
        groups[-1]["meetings"].append(meeting)
    return groups
