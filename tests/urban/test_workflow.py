"""Permissions of the licence workflow: every state x every role.

The tables are the specification (docs/urban-guide.md, *Workflow*); the
harness is the core's (``ia.core.workflows.testing``).
"""

from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import assert_refused
from ia.urban.area import get_area
from plone import api
from tests.core.workflow_helpers import matrix
import pytest


TYPE = "IaUrbBuildLicence"
ADMINS = {"Manager", "Site Administrator"}
SERVICE = {
    "Owner",
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaReader",
    "IaServiceManager",
    "IaAgent",
}
WORKERS = {"Owner", "IaEncoder", "IaEditor", "IaAgent", "IaServiceManager"} | ADMINS
HEAD = {"IaServiceManager"} | ADMINS
STATES = (
    "deposit",
    "incomplete",
    "complete",
    "inadmissible",
    "in_instruction",
    "granted",
    "refused",
    "notified",
    "withdrawn",
    "suspended",
    "obsolete",
)
FINAL = {"inadmissible", "notified", "withdrawn", "obsolete"}

VIEW = {state: SERVICE | ADMINS | {"IaCopyReader"} for state in STATES}
EDIT = {
    state: ADMINS
    if state in FINAL
    else HEAD
    if state in ("granted", "refused")
    else WORKERS
    for state in STATES
}
DELETE = {
    state: {"Owner", "IaServiceManager"} | ADMINS if state == "deposit" else ADMINS
    for state in STATES
}


def _by_role(**transitions_roles):
    """{transition: roles} -> {role: {transitions}}."""
    table = {}
    for transition, roles in transitions_roles.items():
        for role in roles:
            table.setdefault(role, set()).add(transition)
    return table


AGENTS = {"IaEncoder", "IaEditor", "IaAgent", "IaServiceManager"} | ADMINS
INSTRUCTORS = {"IaEditor", "IaAgent", "IaServiceManager"} | ADMINS
TRANSITIONS = {
    "deposit": _by_role(
        acknowledge=AGENTS,
        declare_incomplete=AGENTS,
        declare_inadmissible=INSTRUCTORS,
        withdraw=INSTRUCTORS,
        make_obsolete=HEAD,
    ),
    "incomplete": _by_role(
        acknowledge=AGENTS,
        declare_inadmissible=INSTRUCTORS,
        withdraw=INSTRUCTORS,
        make_obsolete=HEAD,
    ),
    "complete": _by_role(
        instruct=AGENTS, suspend=INSTRUCTORS, withdraw=INSTRUCTORS, make_obsolete=HEAD
    ),
    "inadmissible": {},
    "in_instruction": _by_role(
        grant=HEAD,
        refuse=HEAD,
        suspend=INSTRUCTORS,
        withdraw=INSTRUCTORS,
        make_obsolete=HEAD,
    ),
    "granted": _by_role(notify=INSTRUCTORS, back_to_instruction=HEAD),
    "refused": _by_role(notify=INSTRUCTORS, back_to_instruction=HEAD),
    "notified": {},
    "withdrawn": {},
    "suspended": _by_role(resume=INSTRUCTORS, withdraw=INSTRUCTORS, make_obsolete=HEAD),
    "obsolete": {},
}
OUTSIDERS = {"Anonymous", "Authenticated", "IaCopyReader"}

MATRIX = matrix(
    TYPE,
    "ia_urban_licence_workflow",
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)


def test_type_bound(portal):
    assert MATRIX.chain() == ("ia_urban_licence_workflow",)


def test_initial_state(portal):
    assert MATRIX.initial_state(get_area(portal)) == "deposit"


@pytest.mark.parametrize("state", MATRIX.states)
def test_permissions(portal, state):
    """View, edit, add, delete, notes, sharing and transitions of every role
    in ``state`` (the files live in /urbanisme, not at the site root; one
    file per state, every differing role listed)."""
    MATRIX.check_state(get_area(portal), state)


def test_agent_cannot_grant(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    act_as(permit, "IaEditor")
    assert_refused(permit, "grant")
    assert api.content.get_state(permit) == "in_instruction"


def test_transitions_record_events(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="declare_incomplete", comment="Plans")
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    api.content.transition(obj=permit, transition="grant")
    api.content.transition(obj=permit, transition="notify")
    kinds = [event["kind"] for event in permit.urban_events]
    assert kinds == [
        "deposit",
        "incompleteness",
        "acknowledgement",
        "decision",
        "notification",
    ]
    assert permit.urban_events[1]["comment"] == "Plans"
    assert permit.urban_events[3]["result"] == "granted"
