"""Who may read and write item templates and their folder (``ia_config_workflow``,
one state ``active``): every role × view / edit / delete / add."""

from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import can
from ia.core.workflows.testing import transitions
from ia.delib.templates.content import FOLDER_ID
from plone import api
from plone.app.testing import TEST_USER_ID
import pytest


ADMINS = {"Manager", "Site Administrator"}
ROLES = (
    "Anonymous",
    "Authenticated",
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaServiceManager",
    "IaMeetingManager",
    "Owner",
    "Site Administrator",
    "Manager",
)
# role -> (view, edit, delete)
EXPECTED = {
    role: (role != "Anonymous", role in ADMINS | {"Owner"}, role in ADMINS)
    for role in ROLES
}


@pytest.fixture
def template(body):
    folder = body[FOLDER_ID]
    result = api.content.create(
        container=folder, type="IaDelibItemTemplate", title="Modèle"
    )
    # the test user made the folder as Manager: not its owner in the tests
    folder.manage_delLocalRoles([TEST_USER_ID])
    return result


def test_bound_to_config_workflow(portal):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType
    assert chain("IaDelibItemTemplate") == ("ia_config_workflow",)
    assert chain("IaDelibItemTemplates") == ("ia_config_workflow",)


@pytest.mark.parametrize("role", ROLES)
def test_template_permissions(template, role):
    assert api.content.get_state(template) == "active"
    act_as(template, role)
    view, edit, delete = EXPECTED[role]
    assert can(template, "View") is view
    assert can(template, "Modify portal content") is edit
    assert can(template, "Delete objects") is delete
    assert transitions(template) == set()


@pytest.mark.parametrize("role", ROLES)
def test_folder_permissions(body, role):
    folder = body[FOLDER_ID]
    act_as(folder, role)
    assert can(folder, "View") is (role != "Anonymous")
    # adding a template needs the add permission of the body (administrators)
    assert can(folder, "ia.delib: Add body") is (role in ADMINS)
    assert (
        can(folder, "Add portal content") and can(folder, "ia.delib: Add body")
    ) is (role in ADMINS)
    assert can(folder, "Delete objects") is (role in ADMINS)
    assert can(folder, "Modify portal content") is (role in ADMINS | {"Owner"})
