"""Installation of iA.Example: type, workflow, index, registry, layer."""

from ia.core.numbering import api as numbering
from plone import api
from plone.browserlayer.utils import registered_layers
from tests.example.ia_example.content import TYPE
from tests.example.ia_example.interfaces import IIaExampleLayer
from tests.example.ia_example.testing import PROFILE


def test_installed(installer):
    assert installer.is_profile_installed(PROFILE)


def test_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)


def test_type_with_core_behaviors(portal):
    fti = api.portal.get_tool("portal_types")[TYPE]
    assert {"ia.reference", "ia.responsible", "ia.deadline", "ia.attachments"} <= set(
        fti.behaviors
    )
    assert fti.default_view == "ia-view"


def test_bound_to_shared_workflow(portal):
    workflow = api.portal.get_tool("portal_workflow")
    assert workflow.getChainForPortalType(TYPE) == ("ia_case_workflow",)


def test_index_and_column(portal):
    catalog = api.portal.get_tool("portal_catalog")
    assert "ia_example_topic" in catalog.indexes()
    assert "ia_example_topic" in catalog.schema()


def test_browser_layer(portal, http_request):
    assert IIaExampleLayer in registered_layers()
    assert IIaExampleLayer.providedBy(http_request)


def test_numbered_in_its_register(request_in):
    request = request_in("received", title="Nid de poule")
    assert numbering.register_for(request) == "EX"
    assert request.reference.startswith("EX/")


def test_versioned(portal):
    repository = api.portal.get_tool("portal_repository")
    assert TYPE in repository.getVersionableContentTypes()
