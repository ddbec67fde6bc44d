"""Permissions of ia_incoming_mail_workflow: every state x every role.

The people of the issue are these roles: encoder = IaEncoder, manager of
the treating service = IaServiceManager, assigned agent = IaAgent, other
agent of the service = IaEditor / IaReader, copy service = IaCopyReader,
other service = Authenticated (no role on the mail), anonymous = Anonymous.
Owner is the encoder who registered the mail (often of the mail office, not
of the treating service): he may still send it to the manager.
The tables are the specification (docs/docs-mail.md), not a copy of the XML.
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import PermissionMatrix
from ia.docs.area import get_mail_area
import pytest


TYPE = "IaIncomingMail"
WORKFLOW = "ia_incoming_mail_workflow"
ADMINS = {"Site Administrator", "Manager"}
INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
STATES = (
    "created",
    "proposed_to_manager",
    "proposed_to_agent",
    "in_treatment",
    "closed",
)

VIEW = {state: INSIDE for state in STATES}
EDIT = {
    "created": {"Owner", "IaEncoder", "IaServiceManager"} | ADMINS,
    "proposed_to_manager": {"IaServiceManager"} | ADMINS,
    "proposed_to_agent": {"IaServiceManager", "IaAgent"} | ADMINS,
    "in_treatment": {"IaServiceManager", "IaAgent", "IaEditor"} | ADMINS,
    "closed": ADMINS,
}
DELETE = {state: ADMINS for state in STATES}
DELETE["created"] = {"Owner", "IaServiceManager"} | ADMINS


def _for(roles, transitions):
    return {role: set(transitions) for role in roles}


TRANSITIONS = {
    "created": _for(
        {"Owner", "IaEncoder", "IaServiceManager"} | ADMINS, {"propose_to_manager"}
    ),
    "proposed_to_manager": _for(
        {"IaServiceManager"} | ADMINS, {"propose_to_agent", "back_to_created"}
    ),
    "proposed_to_agent": _for(
        {"IaAgent", "IaServiceManager"} | ADMINS, {"treat", "back_to_manager"}
    ),
    "in_treatment": _for(
        {"IaAgent", "IaServiceManager"} | ADMINS, {"close", "back_to_agent"}
    ),
    "closed": _for({"IaServiceManager"} | ADMINS, {"reopen"}),
}

MATRIX = PermissionMatrix(
    TYPE,
    WORKFLOW,
    roles=ROLES,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders={"Anonymous", "Authenticated", "IaCopyReader"},
)


def test_type_bound(portal):
    assert MATRIX.chain() == (WORKFLOW,)


def test_initial_state(portal):
    assert MATRIX.initial_state(get_mail_area(portal), "Lettre") == "created"


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(portal, state):
    """Every role in ``state`` (one mail per state, every failing role listed)."""
    MATRIX.check_state(get_mail_area(portal), state)
