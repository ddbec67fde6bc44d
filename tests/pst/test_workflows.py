"""Permissions of the PST workflows: every state x every role.

The tables are the specification (docs/pst-guide.md): every member reads
the programme; the service edits; the service manager (chef de service)
moves objectives and stops actions; the administrators (the general
director's role) do everything.
"""

from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import create_in_state
from ia.core.workflows.testing import play
from ia.pst.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.core.workflow_helpers import matrix
from tests.module_worlds import module_world
import pytest


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
READERS = ADMINS | SERVICE | {"IaCopyReader", "Authenticated"}
OUTSIDERS = {"Anonymous", "Authenticated", "IaCopyReader"}
MANAGERS = {"IaServiceManager"} | ADMINS
WORKERS = {"IaEditor", "IaAgent", "IaServiceManager"} | ADMINS


def each(roles, *transitions):
    return {role: set(transitions) for role in roles}


OBJECTIVE = matrix(
    "IaPstOperationalObjective",
    "ia_pst_objective_workflow",
    view={state: READERS for state in ("created", "ongoing", "achieved")},
    edit={
        "created": ADMINS | {"Owner", "IaEditor", "IaServiceManager"},
        "ongoing": ADMINS | {"IaEditor", "IaServiceManager"},
        "achieved": ADMINS,
    },
    delete={
        "created": ADMINS | {"Owner", "IaServiceManager"},
        "ongoing": ADMINS,
        "achieved": ADMINS,
    },
    transitions={
        "created": each(MANAGERS, "start"),
        "ongoing": each(MANAGERS, "achieve", "back_to_created"),
        "achieved": each(MANAGERS, "reopen"),
    },
    outsiders=OUTSIDERS,
)

ACTION = matrix(
    "IaPstAction",
    "ia_pst_action_workflow",
    view={
        state: READERS
        for state in ("created", "to_be_scheduled", "ongoing", "terminated", "stopped")
    },
    edit={
        "created": ADMINS
        | {"Owner", "IaEncoder", "IaEditor", "IaAgent", "IaServiceManager"},
        "to_be_scheduled": WORKERS,
        "ongoing": WORKERS,
        "terminated": ADMINS,
        "stopped": ADMINS,
    },
    delete={
        "created": ADMINS | {"Owner", "IaServiceManager"},
        "to_be_scheduled": ADMINS,
        "ongoing": ADMINS,
        "terminated": ADMINS,
        "stopped": ADMINS,
    },
    transitions={
        "created": {
            **each({"Owner", "IaEditor", "IaAgent"}, "schedule"),
            **each(MANAGERS, "schedule", "stop"),
        },
        "to_be_scheduled": {
            **each({"IaEditor", "IaAgent"}, "begin"),
            **each(MANAGERS, "begin", "back_to_created", "stop"),
        },
        "ongoing": {
            **each({"IaEditor", "IaAgent"}, "terminate"),
            **each(MANAGERS, "terminate", "back_to_be_scheduled", "stop"),
        },
        "terminated": each(MANAGERS, "reopen"),
        "stopped": each(MANAGERS, "resume"),
    },
    outsiders=OUTSIDERS,
)


def build_containers(portal):
    """A programme, a strategic and an operational objective (as Manager),
    built once for the module (tests.module_worlds)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    pst = api.content.create(container=portal, type="IaPstProgramme", title="PST")
    os_ = api.content.create(container=pst, type="IaPstStrategicObjective", title="OS")
    oo = api.content.create(container=os_, type="IaPstOperationalObjective", title="OO")
    for container in (pst, os_, oo):  # no Owner role acquired from above
        container.manage_delLocalRoles([TEST_USER_ID])
    return {"IaPstOperationalObjective": os_, "IaPstAction": oo}


_world_containers, containers = module_world(
    build_containers, layer=INTEGRATION_TESTING, prefix="integration", name="containers"
)


class PstMatrixTests(WorkflowMatrixTests):
    """The items live in the programme's tree, not at the site root."""

    def test_initial_state(self, containers):
        container = containers[self.matrix.portal_type]
        assert self.matrix.initial_state(container) == self.initial_state

    def test_permissions(self, containers, state):
        self.matrix.check_state(containers[self.matrix.portal_type], state)


class TestObjectiveMatrix(PstMatrixTests):
    matrix = OBJECTIVE
    initial_state = "created"


class TestActionMatrix(PstMatrixTests):
    matrix = ACTION
    initial_state = "created"


@pytest.fixture
def action_in_state(containers):
    def factory(state):
        return create_in_state(containers["IaPstAction"], "IaPstAction", state)

    return factory


def test_action_life(action_in_state):
    action = action_in_state("created")
    play(
        action,
        [
            ("IaEditor", "schedule", "to_be_scheduled", ""),
            ("IaAgent", "begin", "ongoing", ""),
            ("IaServiceManager", "stop", "stopped", "Plus de budget"),
            ("IaServiceManager", "resume", "to_be_scheduled", ""),
            ("IaAgent", "begin", "ongoing", ""),
            ("IaEditor", "terminate", "terminated", ""),
        ],
    )


def test_final_states_from_the_xml(portal):
    from ia.core.workflows.facts import final_states

    assert set(final_states("ia_pst_action_workflow")) == {"terminated", "stopped"}
    assert set(final_states("ia_pst_objective_workflow")) == {"achieved"}
