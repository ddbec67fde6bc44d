"""Uninstalling ia.core removes what its install added (a site with the core
alone). The transaction is doomed first: nothing can be committed, the
integration layer aborts it after the test."""

from ia.core.interfaces import IIaCoreLayer
from ia.core.setuphandlers import ROLES
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.base.utils import get_installer
from plone.browserlayer.utils import registered_layers
import pytest
import transaction


TYPES = (
    "IaOrgChart",
    "IaService",
    "IaDirectory",
    "IaOrganisation",
    "IaPerson",
    "IaHeldPosition",
    "IaAttachment",
    "IaTask",
)
WORKFLOWS = (
    "ia_config_workflow",
    "ia_validation_workflow",
    "ia_case_workflow",
    "ia_publication_workflow",
    "ia_task_workflow",
)
CATALOG = {
    "ia_reference",
    "ia_ball",
    "ia_final",
    "ia_contact_start",
    "ia_due_date",
    "ia_linked_uids",
    "ia_located",
    "ia_geo",
}
RECORDS = (
    "ia.core.functions",
    "ia.core.validation_levels",
    "ia.core.reference_patterns",
    "ia.core.dashboard.page_size",
    "ia.core.attachment_categories",
    "ia.core.municipality.name",
    "ia.core.map.tile_url",
)


def facts(portal):
    catalog = api.portal.get_tool("portal_catalog")
    registry = api.portal.get_tool("portal_registry")
    actions = api.portal.get_tool("portal_actions")
    return {
        "types": set(TYPES) & set(api.portal.get_tool("portal_types").objectIds()),
        "workflows": set(WORKFLOWS)
        & set(api.portal.get_tool("portal_workflow").objectIds()),
        "catalog": CATALOG & (set(catalog.indexes()) | set(catalog.schema())),
        "records": {name for name in RECORDS if name in registry.records},
        "layer": IIaCoreLayer in registered_layers(),
        "roles": set(ROLES) & set(portal.valid_roles()),
        "action": "ia-dashboard" in actions.user.objectIds(),
        "map action": "ia-map" in actions.user.objectIds(),
        "handover action": "ia_handover" in actions.object_buttons.objectIds(),
    }


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


def test_installed_first(manager):
    assert facts(manager) == {
        "types": set(TYPES),
        "workflows": set(WORKFLOWS),
        "catalog": CATALOG,
        "records": set(RECORDS),
        "layer": True,
        "roles": set(ROLES),
        "action": True,
        "map action": True,
        "handover action": True,
    }


def test_uninstall_removes_what_install_added(manager):
    transaction.doom()
    installer = get_installer(manager, manager.REQUEST)
    installer.uninstall_product("ia.core")
    assert not installer.is_product_installed("ia.core")
    assert facts(manager) == {
        "types": set(),
        "workflows": set(),
        "catalog": set(),
        "records": set(),
        "layer": False,
        "roles": set(),
        "action": False,
        "map action": False,
        "handover action": False,
    }
