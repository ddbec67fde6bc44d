"""ia_delib_meeting_workflow: every state x every role.

Meetings are managed by the body's meeting managers; every civil servant
sees a meeting once its agenda is frozen (the items keep their own
security). Anonymous visitors never get View on a meeting, not even a
council's published one: citizens read the public projection
(``ia.delib.publication``: ``@@ia-public-agenda``, ``@ia-public-agenda``),
which checks the body and the state itself — see ``test_publication.py``
and "Publication" in docs/delib.md for why.
"""

from ia.core.workflows.testing import PermissionMatrix
from ia.delib.workflows import MEETING_WORKFLOW
import pytest


MM = "IaMeetingManager"
ADMINS = {"Site Administrator", "Manager"}
ROLES = ("Anonymous", "Authenticated", "Owner", "IaServiceManager", MM, *sorted(ADMINS))
STATES = ("created", "frozen", "published", "decided", "closed")
MEMBERS = {"Authenticated", "Owner", "IaServiceManager"}

VIEW = {"created": {MM} | ADMINS}
VIEW.update({state: MEMBERS | {MM} | ADMINS for state in STATES[1:]})
EDIT = {state: {MM} | ADMINS for state in STATES[:-1]}
EDIT["closed"] = ADMINS
DELETE = {state: ADMINS for state in STATES}
DELETE["created"] = {MM} | ADMINS


def _for(roles, transitions):
    return {role: set(transitions) for role in roles}


TRANSITIONS = {
    "created": _for({MM} | ADMINS, {"freeze"}),
    "frozen": _for({MM} | ADMINS, {"publish", "decide", "back_to_created"}),
    "published": _for({MM} | ADMINS, {"decide", "back_to_frozen"}),
    "decided": _for({MM} | ADMINS, {"close"}),
    "closed": _for(ADMINS, {"reopen"}),
}

MATRIX = PermissionMatrix(
    "IaDelibMeeting",
    MEETING_WORKFLOW,
    roles=ROLES,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=MEMBERS | {"Anonymous"},
)


def test_type_bound(portal):
    assert MATRIX.chain() == (MEETING_WORKFLOW,)


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(body, state):
    """Every role in ``state`` (one meeting per state, every failing role listed)."""
    MATRIX.check_state(body, state)


@pytest.mark.parametrize("state", STATES)
def test_anonymous_never_views_a_meeting_of_a_public_body(body, state):
    """Even published, a council's meeting gives anonymous visitors nothing:
    the citizens' pages answer from the public projection."""
    from ia.delib.content.body import meetings_are_public

    assert meetings_are_public(body)
    MATRIX.check(body, state, "Anonymous")
    assert "Anonymous" not in VIEW[state]
