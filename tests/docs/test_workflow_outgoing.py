"""Permissions of ia_outgoing_mail_workflow: every state x every role.

Roles as in test_workflow_incoming (encoder = IaEncoder, the mail office
that sends; manager = IaServiceManager, who signs; agent = IaAgent; other
agent = IaEditor / IaReader; copy service = IaCopyReader; other service =
Authenticated; anonymous = Anonymous).
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import PermissionMatrix
from ia.docs.area import get_mail_area
import pytest


TYPE = "IaOutgoingMail"
WORKFLOW = "ia_outgoing_mail_workflow"
ADMINS = {"Site Administrator", "Manager"}
INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
STATES = ("created", "to_be_signed", "signed", "scanned", "sent")
AUTHORS = {"Owner", "IaEncoder", "IaEditor", "IaAgent", "IaServiceManager"}

VIEW = {state: INSIDE for state in STATES}
EDIT = {
    "created": AUTHORS | ADMINS,
    "to_be_signed": {"IaServiceManager"} | ADMINS,
    "signed": ADMINS,
    "scanned": {"IaEncoder", "IaServiceManager"} | ADMINS,
    "sent": ADMINS,
}
DELETE = {state: ADMINS for state in STATES}
DELETE["created"] = {"Owner", "IaServiceManager"} | ADMINS

SENDERS = {"IaEncoder", "IaServiceManager"} | ADMINS
MANAGERS = {"IaServiceManager"} | ADMINS


def _table(*pairs):
    table = {}
    for roles, transition in pairs:
        for role in roles:
            table.setdefault(role, set()).add(transition)
    return table


TRANSITIONS = {
    "created": _table((AUTHORS | ADMINS, "propose_to_sign"), (SENDERS, "mark_scanned")),
    "to_be_signed": _table((MANAGERS, "sign"), (MANAGERS, "back_to_created")),
    "signed": _table((SENDERS, "send"), (MANAGERS, "back_to_created")),
    "scanned": _table((SENDERS, "send"), (MANAGERS, "back_to_created")),
    "sent": {},
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
    assert MATRIX.initial_state(get_mail_area(portal), "Réponse") == "created"


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(portal, state):
    """Every role in ``state`` (one mail per state, every failing role listed)."""
    MATRIX.check_state(get_mail_area(portal), state)
