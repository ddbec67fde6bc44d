"""Who may change the attendance (per meeting state) and record votes (per
item state), every state × role, with the core harness's ``act_as``."""

from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import set_state
from ia.delib.errors import DelibError
from ia.delib.session import attendance as att
from ia.delib.session.votes import get_votes
from ia.delib.session.votes import set_votes
from tests.delib.session_world import make_world
import pytest


ROLES = ("Manager", "IaMeetingManager", "IaEncoder", "IaReader", "Member", "Anonymous")
MANAGERS = {"Manager", "IaMeetingManager"}

# meeting state -> the state of its items
STATES = {
    "created": "presented",
    "frozen": "frozen",
    "published": "published",
    "decided": "accepted",
    "closed": "accepted",
}


def world_in(portal, meeting_state):
    world = make_world(portal, meeting_state="created", items=("A",))
    set_state(world["meeting"], meeting_state)
    set_state(world["items"][0], STATES[meeting_state])
    return world


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", list(STATES))
def test_attendance(portal, state, role):
    world = world_in(portal, state)
    meeting, uid = world["meeting"], world["uids"][0]
    act_as(meeting, role)
    allowed = role in MANAGERS and state != "closed"
    if allowed:
        att.set_presence(meeting, uid, "excused")
        assert att.attendees(meeting)[0].presence == "excused"
    else:
        with pytest.raises(DelibError):
            att.set_presence(meeting, uid, "excused")
        assert att.attendees(meeting)[0].presence == "present"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", list(STATES))
def test_votes(portal, state, role):
    world = world_in(portal, state)
    item = world["items"][0]
    act_as(item, role)
    # before the decision, the meeting managers and admins; once decided,
    # only admins modify the item, and never once the meeting is closed.
    if state in ("frozen", "published"):
        allowed = role in MANAGERS
    elif state == "decided":
        allowed = role == "Manager"
    else:
        allowed = False
    if allowed:
        assert set_votes(item, yes=2).yes == 2
    else:
        with pytest.raises(DelibError):
            set_votes(item, yes=2)
        assert get_votes(item) is None
