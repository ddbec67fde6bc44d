"""Permissions of ia_task_workflow: every state x every role.

The task blocks the roles acquired from its document; the document's people
get ``IaCopyReader`` on it (tests/core/test_tasks_content.py). Who acts: the
target service's editors and manager and the assigned agent; the creator
(Owner) and the service manager cancel. The tables are the specification
(docs/workflows.md, "Tâches"), not a copy of the XML.
"""

from ia.core.tasks.testing import task_container
from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import PermissionMatrix
from ia.core.workflows.testing import WorkflowMatrixTests
import pytest


ADMINS = {"Site Administrator", "Manager"}
INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
STATES = ("to_do", "in_progress", "done", "cancelled")
ACTORS = {"IaAgent", "IaEditor", "IaServiceManager"} | ADMINS
CREATOR_OR_MANAGER = {"Owner", "IaServiceManager"} | ADMINS
WORKING = ACTORS | {"Owner"}


def _transitions(**by_transition):
    table = {}
    for transition, roles in by_transition.items():
        for role in roles:
            table.setdefault(role, set()).add(transition)
    return table


MATRIX = PermissionMatrix(
    "IaTask",
    "ia_task_workflow",
    roles=ROLES,
    view={state: INSIDE for state in STATES},
    edit={
        "to_do": WORKING,
        "in_progress": WORKING,
        "done": ADMINS,
        "cancelled": ADMINS,
    },
    delete={
        "to_do": CREATOR_OR_MANAGER,
        "in_progress": ADMINS,
        "done": ADMINS,
        "cancelled": ADMINS,
    },
    transitions={
        "to_do": _transitions(start=ACTORS, cancel=CREATOR_OR_MANAGER),
        "in_progress": _transitions(
            finish=ACTORS, back_to_do=ACTORS, cancel=CREATOR_OR_MANAGER
        ),
        "done": _transitions(reopen=CREATOR_OR_MANAGER),
        "cancelled": _transitions(reactivate=CREATOR_OR_MANAGER),
    },
    outsiders={"Anonymous", "Authenticated", "IaCopyReader"},
)


@pytest.fixture
def container(portal):
    return task_container(portal)


class TestTaskMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "to_do"

    def test_initial_state(self, portal, container):
        assert self.matrix.initial_state(container, "Vérifier") == "to_do"

    def test_permissions(self, portal, container, state):
        self.matrix.check_state(container, state)


def test_final_states(portal):
    from ia.core.workflows import final_states

    assert final_states("ia_task_workflow") == ("done", "cancelled")


def test_every_title_translated(portal):
    from plone import api
    from zope.i18n import translate

    workflow = api.portal.get_tool("portal_workflow")["ia_task_workflow"]
    titles = [workflow.title]
    titles += [s.title for s in workflow.states.objectValues()]
    titles += [t.title for t in workflow.transitions.objectValues()]
    for domain in ("ia.core", "plone"):
        missing = [
            t for t in titles if translate(t, domain=domain, target_language="fr") == t
        ]
        assert missing == [], domain


def test_type_title_french(portal):
    from zope.i18n import translate

    assert translate("Task", domain="ia.core", target_language="fr") == "Tâche"
