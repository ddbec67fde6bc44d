"""Final states are per workflow (its XML); the ``ia_final`` index answers per document."""

from ia.core.testing import create_document
from ia.core.workflows.facts import final_states
from ia.core.workflows.facts import is_final
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


def test_shared_workflows_have_their_own(portal):
    assert final_states("ia_validation_workflow") == ("validated",)
    assert final_states("ia_case_workflow") == ("closed",)
    assert final_states("ia_publication_workflow") == ("published", "archived")
    assert final_states("ia_task_workflow") == ("done", "cancelled")
    assert final_states("ia_config_workflow") == ()


def test_a_workflow_without_facts_has_no_final_state(portal):
    assert final_states("simple_publication_workflow") == ()


def test_unknown_workflow(portal):
    with pytest.raises(ValueError, match="nope_workflow"):
        final_states("nope_workflow")


def _final_in_catalog(doc):
    brain = api.content.find(UID=doc.UID())[0]
    return brain.ia_final, [
        b.UID for b in api.content.find(UID=doc.UID(), ia_final=False)
    ] == [doc.UID()]


def test_index_follows_transitions(manager):
    doc = create_document(manager, id="d1", title="D1")
    assert is_final(doc) is False
    assert _final_in_catalog(doc) == (False, True)
    api.content.transition(obj=doc, transition="propose")
    api.content.transition(obj=doc, transition="validate")
    assert api.content.get_state(doc) == "validated"
    assert is_final(doc) is True
    assert _final_in_catalog(doc) == (True, False)
    api.content.transition(obj=doc, transition="back_to_draft")
    assert is_final(doc) is False
    assert _final_in_catalog(doc) == (False, True)


def test_no_workflow_no_answer(manager):
    folder = api.content.create(container=manager, type="Folder", id="f")
    wtool = api.portal.get_tool("portal_workflow")
    wtool.setChainForPortalTypes(["Folder"], ())
    assert is_final(folder) is None
