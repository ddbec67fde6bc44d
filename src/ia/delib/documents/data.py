"""What the templates print, computed in Python (no logic in the ODT).

Every function takes content and returns plain strings, lists and dicts;
the helper view (``ia.delib.documents.helper``) hands them to the templates.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from ia.core.docgen.dates import format_date
from ia.core.settings import api as settings
from ia.delib import agenda
from ia.delib.agenda import unrestricted_get
from ia.delib.content.body import IIaDelibBody
from ia.delib.dates import brussels
from plone import api


SECTIONS = {"public": "public", "secret": "secret"}


def body_of(obj):
    """The body holding a meeting or an item."""
    parent = aq_parent(aq_inner(obj))
    while parent is not None and not IIaDelibBody.providedBy(parent):
        parent = aq_parent(aq_inner(parent))
    return parent


def meeting_of(obj):
    """``obj`` when it is a meeting, else the meeting of the item (or None)."""
    if obj.portal_type == "IaDelibMeeting":
        return obj
    meeting = unrestricted_get(getattr(obj, "meeting_uid", None))
    return (
        meeting
        if meeting is not None and meeting.portal_type == "IaDelibMeeting"
        else None
    )


def meeting_day(meeting) -> str:
    """``lundi 14 décembre 2026``."""
    if meeting is None or meeting.start is None:
        return ""
    return format_date(brussels(meeting.start), weekday=True)


def meeting_hour(meeting) -> str:
    """``20h00``."""
    if meeting is None or meeting.start is None:
        return ""
    start = brussels(meeting.start)
    return f"{start.hour:02d}h{start.minute:02d}"


def agenda_items(meeting, section: str) -> list:
    """The items of one section (``public`` / ``secret``) in agenda order,
    those the user may see; another value raises ``ValueError``.

    ``agenda.items`` resolves them without the user's security; the list
    keeps those the user may View.
    """
    if section not in SECTIONS:
        raise ValueError(f"unknown agenda section: {section!r}")
    return [
        item
        for item in agenda.items(meeting)
        if (item.privacy or "public") == section
        and api.user.has_permission("View", obj=item)
    ]


def agenda_rows(meeting, section: str) -> list[dict]:
    """``[{"number", "title", "item"}]`` of one section, in agenda order."""
    return [
        {"number": item.item_number, "title": item.Title(), "item": item}
        for item in agenda_items(meeting, section)
    ]


def html(item, field_name: str) -> str:
    """The safe HTML of a rich text field of ``item`` ('' when empty)."""
    value = getattr(item, field_name, None)
    if value is None or not getattr(value, "raw", ""):
        return ""
    return value.output_relative_to(item) or ""


def _position_row(position) -> dict:
    person = position.get_person()
    return {
        "name": person.fullname if person is not None else position.Title(),
        "function": position.position_title(),
    }


def signatories(body) -> list[dict]:
    """``[{"name", "function"}]``: the body's default signatories, else the
    municipality's (held positions of the directory that still exist)."""
    positions = []
    if body is not None:
        positions = [
            position
            for position in (
                unrestricted_get(uid) for uid in body.default_signatories or ()
            )
            if position is not None
        ]
    if not positions:
        positions = settings.signatories()
    return [_position_row(position) for position in positions]
