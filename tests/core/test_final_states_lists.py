"""Each final state of each core workflow (read from its XML) leaves every
"open" dashboard list: to treat by me, to validate by me, of my services,
overdue. The test type is bound to each workflow in turn."""

from datetime import date
from datetime import timedelta
from ia.core.testing import create_document
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing_facts import definition_paths
from ia.core.workflows.testing_facts import expected_final
from ia.core.workflows.testing_facts import open_lists_holding
from ia.core.workflows.testing_facts import read_definition
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import ia.core
import pytest


TYPE = "IaTestDocument"
DEFINITIONS = {
    path.parent.name: read_definition(path) for path in definition_paths(ia.core)
}
CASES = [
    (workflow_id, state)
    for workflow_id, definition in DEFINITIONS.items()
    for state in expected_final(definition)
]
FUNCTIONS = ("encoder", "editor", "reviewer1", "reviewer2", "reviewer3", "manager")
OPEN_LISTS = {"to_treat", "my_services", "overdue"}


def test_cases():
    assert CASES == [
        ("ia_case_workflow", "closed"),
        ("ia_publication_workflow", "published"),
        ("ia_publication_workflow", "archived"),
        ("ia_task_workflow", "done"),
        ("ia_task_workflow", "cancelled"),
        ("ia_validation_workflow", "validated"),
    ]


@pytest.fixture
def service(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_user("alice")
    return create_service(
        portal["organisation"], "Urbanisme", [(f, "alice") for f in FUNCTIONS]
    ).UID()


def _doc(portal, service, state):
    return create_document(
        portal,
        TYPE,
        services=[service],
        state=state,
        assigned_agent="alice",
        due_date=date.today() - timedelta(days=3),
    )


@pytest.mark.parametrize("workflow_id,state", CASES)
def test_final_state_leaves_the_open_lists(portal, service, workflow_id, state):
    api.portal.get_tool("portal_workflow").setChainForPortalTypes([TYPE], [workflow_id])
    definition = DEFINITIONS[workflow_id]
    for open_state in definition["states"]:
        if open_state in expected_final(definition):
            continue
        doc = _doc(portal, service, open_state)
        assert OPEN_LISTS <= open_lists_holding(doc, ["alice"]), open_state
    done = _doc(portal, service, state)
    assert open_lists_holding(done, ["alice"]) == set()
