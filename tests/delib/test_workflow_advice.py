"""ia_delib_advice_workflow: every state x every role.

The tables are the specification (docs/delib.md, "Advices"), written out on
purpose. Roles on an advice: the advising service's function roles
(ia.responsible: agent, encoder, editor, reviewers, reader, manager), the
proposing service (IaAdviceRequester = its editors and managers,
IaAdviceReader = its other functions, e.g. the creator's encoder group), the
body's meeting managers (IaMeetingManager), a copy service of the item
(IaCopyReader), a service asked on the item (IaAdviser), another service
(Authenticated), the advice's Owner (nobody in practice) and anonymous.
The item's local roles are not acquired by the advice.
"""

from ia.core.workflows.testing import PermissionMatrix
from ia.delib.advices import ADVICE_TYPE
from ia.delib.advices import ADVICE_WORKFLOW
from ia.delib.testing import create_item
from plone import api
import pytest


ADMINS = {"Site Administrator", "Manager"}
MM = "IaMeetingManager"
REQUESTER = "IaAdviceRequester"
READER = "IaAdviceReader"
ADVISING = {
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaReader",
    "IaServiceManager",
    "IaAgent",
}
ADVISING_EDITORS = ADVISING - {"IaReader"}
OUTSIDERS = {"Anonymous", "Authenticated", "Owner", "IaCopyReader", "IaAdviser"}
ROLES = (*sorted(ADVISING), REQUESTER, READER, MM, *sorted(OUTSIDERS), *sorted(ADMINS))
STATES = ("under_edit", "given")
READERS = ADVISING | {REQUESTER, READER, MM} | ADMINS


def _for(roles, transitions):
    return {role: set(transitions) for role in roles}


MATRIX = PermissionMatrix(
    ADVICE_TYPE,
    ADVICE_WORKFLOW,
    roles=ROLES,
    view={state: READERS for state in STATES},
    edit={"under_edit": ADVISING_EDITORS | ADMINS, "given": ADMINS},
    delete={state: ADMINS for state in STATES},
    transitions={
        "under_edit": _for(ADVISING_EDITORS | ADMINS, {"give"}),
        "given": {
            **_for(ADVISING_EDITORS, {"back_to_edit"}),
            **_for({REQUESTER, MM}, {"ask_again"}),
            **_for(ADMINS, {"back_to_edit", "ask_again"}),
        },
    },
    outsiders=OUTSIDERS,
)


@pytest.fixture
def item(body):
    return create_item(body, "Point avec avis", state="proposed")


def test_states_covered(portal):
    workflow = api.portal.get_tool("portal_workflow")[ADVICE_WORKFLOW]
    assert set(workflow.states) == set(STATES)
    assert set(workflow.transitions) == {"give", "back_to_edit", "ask_again"}


def test_type_bound(portal):
    assert MATRIX.chain() == (ADVICE_WORKFLOW,)


def test_initial_state(item):
    assert MATRIX.initial_state(item, "Avis") == "under_edit"


def test_not_addable_by_hand(item):
    """Only Manager holds the add permission (advices are created by code)."""
    roles = {
        r["name"]
        for r in item.rolesOfPermission("ia.delib: Add advice")
        if r["selected"]
    }
    assert roles == {"Manager"}


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(item, state):
    """Every role in ``state`` (one advice per state, every failing role listed)."""
    MATRIX.check_state(item, state)
