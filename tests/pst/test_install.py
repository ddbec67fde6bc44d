"""Installation of iA.PST: types, workflows, indexes, registry, layer."""

from ia.pst.content import TYPES
from ia.pst.interfaces import IIaPstLayer
from plone import api
from plone.browserlayer.utils import registered_layers


PROFILE = "ia.pst:default"


def test_installed(installer):
    assert installer.is_profile_installed(PROFILE)


def test_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)


def test_types_with_core_behaviors(portal):
    types = api.portal.get_tool("portal_types")
    for name in TYPES:
        assert "ia.responsible" in types[name].behaviors, name


def test_workflow_bindings(portal):
    workflow = api.portal.get_tool("portal_workflow")
    assert workflow.getChainForPortalType("IaPstStrategicObjective") == (
        "ia_pst_objective_workflow",
    )
    assert workflow.getChainForPortalType("IaPstAction") == ("ia_pst_action_workflow",)


def test_indexes_and_columns(portal):
    catalog = api.portal.get_tool("portal_catalog")
    assert {"ia_pst_reference", "ia_pst_health", "ia_pst_objectives"} <= set(
        catalog.indexes()
    )
    assert {"ia_pst_progress", "ia_pst_budget"} <= set(catalog.schema())


def test_registry_lists(portal):
    assert api.portal.get_registry_record("ia.pst.categories")
    assert api.portal.get_registry_record("ia.pst.budget_types")


def test_browser_layer(portal, http_request):
    assert IIaPstLayer in registered_layers()


def test_uninstall_keeps_the_core(portal, installer):
    installer.uninstall_product("ia.pst")
    assert "IaPstAction" not in api.portal.get_tool("portal_types")
    assert "ia_pst_reference" not in api.portal.get_tool("portal_catalog").indexes()
    assert "ia_pst_action_workflow" not in api.portal.get_tool("portal_workflow")
    assert api.portal.get_registry_record("ia.pst.categories", default=None) is None
