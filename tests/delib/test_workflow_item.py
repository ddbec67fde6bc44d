"""ia_delib_item_workflow: every state x every role.

The tables are the specification (docs/delib.md), written out on purpose.
Roles: the proposing service's function roles (creator = Owner/IaEncoder,
IaEditor, reviewers...), another service (Authenticated), a copy service
(IaCopyReader), the body's meeting managers (IaMeetingManager), a service
asked for an advice (IaAdviser: reads the item, never its notes), anonymous.
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import PermissionMatrix
from ia.delib.workflows import ITEM_WORKFLOW
import pytest


MM = "IaMeetingManager"
ADVISER = "IaAdviser"
ADMINS = {"Site Administrator", "Manager"}
ROLES_DELIB = (*ROLES, MM, ADVISER)
SERVICE = set(ROLES) - {"Anonymous", "Authenticated", "IaCopyReader"}
AUTHORS = {"Owner", "IaEncoder", "IaEditor", "IaAgent", "IaServiceManager"} | ADMINS
LEVELS = ("proposed", "proposed_n2", "proposed_n3")
IN_MEETING = ("presented", "frozen", "published")
DECIDED = (
    "accepted",
    "accepted_modified",
    "refused",
    "postponed",
    "removed",
    "delayed",
)
STATES = ("created", "validated", *LEVELS, *IN_MEETING, *DECIDED)

VIEW = {state: SERVICE | {MM, ADVISER} for state in ("created", *LEVELS)}
VIEW.update(
    {
        state: SERVICE | {MM, ADVISER, "IaCopyReader"}
        for state in STATES[1:]
        if state not in LEVELS
    }
)

EDIT = {
    "created": AUTHORS,
    "proposed": {"IaReviewer1", "IaServiceManager"} | ADMINS,
    "proposed_n2": {"IaReviewer2", "IaServiceManager"} | ADMINS,
    "proposed_n3": {"IaReviewer3", "IaServiceManager"} | ADMINS,
    "validated": {MM} | ADMINS,
    **{state: {MM} | ADMINS for state in IN_MEETING},
    **{state: ADMINS for state in DECIDED},
}

DELETE = {state: ADMINS for state in STATES}
DELETE["created"] = {"Owner", "IaServiceManager"} | ADMINS

DECISIONS = {"accept", "accept_modified", "refuse", "delay", "postpone", "remove"}


def _for(roles, transitions):
    return {role: set(transitions) for role in roles}


# With one validation level (the default).
TRANSITIONS = {
    "created": _for(AUTHORS, {"propose"}),
    "proposed": _for(
        {"IaReviewer1", "IaServiceManager"} | ADMINS, {"validate", "return_to_service"}
    ),
    "proposed_n2": _for(
        {"IaReviewer2", "IaServiceManager"} | ADMINS,
        {"validate", "back_to_proposed", "return_to_service"},
    ),
    "proposed_n3": _for(
        {"IaReviewer3", "IaServiceManager"} | ADMINS,
        {"validate", "back_to_proposed_n2", "return_to_service"},
    ),
    "validated": {
        "IaServiceManager": {"return_to_service"},
        **_for({MM} | ADMINS, {"present", "return_to_service"}),
    },
    "presented": _for({MM} | ADMINS, {"freeze", "back_to_validated"}),
    "frozen": _for({MM} | ADMINS, {"publish"} | DECISIONS),
    "published": _for({MM} | ADMINS, DECISIONS),
    **{state: _for({MM} | ADMINS, {"back_to_frozen"}) for state in DECIDED[:-1]},
    "delayed": _for({MM} | ADMINS, {"revalidate", "back_to_frozen"}),
}

MATRIX = PermissionMatrix(
    "IaDelibItem",
    ITEM_WORKFLOW,
    roles=ROLES_DELIB,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders={"Anonymous", "Authenticated", "IaCopyReader", ADVISER},
)


def test_states_covered(portal):
    from plone import api

    workflow = api.portal.get_tool("portal_workflow")[ITEM_WORKFLOW]
    assert set(workflow.states) == set(STATES)


def test_type_bound(portal):
    assert MATRIX.chain() == (ITEM_WORKFLOW,)


def test_initial_state(body):
    assert MATRIX.initial_state(body, "Nouveau point") == "created"


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(body, state):
    """Every role in ``state`` (one item per state, every failing role listed)."""
    MATRIX.check_state(body, state)
