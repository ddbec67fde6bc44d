"""Python API of iA.Delib (used by the views, the REST services and tests).

::

    from ia.delib import api as delib

    delib.present_item(item, meeting)      # validated -> presented, numbered
    delib.move_item(meeting, item, 1)      # first of its agenda section
    delib.agenda(meeting)                  # items in agenda order
"""

from ia.delib import _
from ia.delib import agenda as _agenda
from ia.delib.content.body import convocation_delay  # noqa: F401 (API)
from ia.delib.content.body import meeting_managers_group_id  # noqa: F401 (API)
from ia.delib.errors import DelibError
from ia.delib.subscribers import check_can_present
from ia.delib.subscribers import undecided_items  # noqa: F401 (API)
from plone import api


def agenda(meeting) -> list:
    """The items of ``meeting`` in agenda order (numbers 1, 2, ...)."""
    return _agenda.items(meeting)


def present_item(item, meeting=None) -> None:
    """Present ``item`` to ``meeting`` (default: its preferred meeting).

    Refused with a ``DelibError`` (nothing changed) when the meeting no longer
    accepts items or the current user may not present the item.
    """
    meeting = (
        meeting
        if meeting is not None
        else (
            api.content.get(UID=item.preferred_meeting)
            if item.preferred_meeting
            else None
        )
    )
    check_can_present(item, meeting)
    wf_tool = api.portal.get_tool("portal_workflow")
    if "present" not in {t["id"] for t in wf_tool.getTransitionsFor(item)}:
        raise DelibError(_("You may not present this item to a meeting."))
    previous = item.preferred_meeting
    item.preferred_meeting = api.content.get_uuid(meeting)
    try:
        wf_tool.doActionFor(item, "present")
    except Exception:
        item.preferred_meeting = previous
        raise


def move_item(meeting, item, position: int) -> None:
    """Give ``item`` the number ``position`` in ``meeting``'s agenda, within
    its section (public/closed session, normal/late); needs the right to
    edit the meeting."""
    if not api.user.has_permission("Modify portal content", obj=meeting):
        raise DelibError(_("You may not change the agenda of this meeting."))
    _agenda.move(meeting, item, position)
