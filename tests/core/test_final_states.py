"""Final states are per workflow; the ``ia_final`` index answers per document."""

from ia.core.testing import create_document
from ia.core.workflows.states import final_states
from ia.core.workflows.states import is_final
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest


RECORD = "ia.core.final_states"


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


def test_shared_workflows_have_their_own(portal):
    assert final_states("ia_validation_workflow") == ("validated",)
    assert final_states("ia_case_workflow") == ("closed",)


def test_product_workflow_lines_plain_or_prefixed(portal):
    api.portal.set_registry_record(
        RECORD, ["sent", "wf_a:given", "wf_b:archived_b", "sent"]
    )
    assert final_states("wf_a") == ("sent", "given")
    assert final_states("wf_b") == ("sent", "archived_b")
    assert final_states("wf_c") == ("sent",)
    # A shared workflow ignores the products' lines.
    assert final_states("ia_validation_workflow") == ("validated",)
    # Without an id: every id final somewhere (display only).
    assert {"sent", "given", "archived_b", "validated"} <= set(final_states())


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


def test_no_workflow_no_answer(manager):
    folder = api.content.create(container=manager, type="Folder", id="f")
    wtool = api.portal.get_tool("portal_workflow")
    wtool.setChainForPortalTypes(["Folder"], ())
    assert is_final(folder) is None
