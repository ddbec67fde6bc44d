"""Uninstalling iA.Example removes what its install added; the requests stay.

The transaction is doomed: nothing can be committed, the integration layer
aborts it after the test."""

from plone import api
from plone.base.utils import get_installer
from plone.browserlayer.utils import registered_layers
from tests.example.ia_example.content import TYPE
from tests.example.ia_example.interfaces import IIaExampleLayer
import transaction


def test_uninstall(portal, request_in):
    request = request_in("in_treatment", title="Nid de poule", topic="Voirie")
    transaction.doom()
    installer = get_installer(portal, portal.REQUEST)
    installer.uninstall_product("tests.example.ia_example")
    assert not installer.is_product_installed("tests.example.ia_example")
    catalog = api.portal.get_tool("portal_catalog")
    assert TYPE not in api.portal.get_tool("portal_types")
    assert TYPE not in dict(api.portal.get_tool("portal_workflow").listChainOverrides())
    assert "ia_example_topic" not in catalog.indexes()
    assert "ia_example_topic" not in catalog.schema()
    assert IIaExampleLayer not in registered_layers()
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert not [line for line in patterns if line.startswith("EX|")]
    registers = api.portal.get_registry_record("ia.core.reference_type_registers")
    assert f"{TYPE}|EX" not in registers
    repository = api.portal.get_tool("portal_repository")
    assert TYPE not in repository.getVersionableContentTypes()
    # The core is still installed; the request stays in the database.
    assert installer.is_product_installed("ia.core")
    assert request.getId() in portal.objectIds()
