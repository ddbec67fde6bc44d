"""Uninstalling iA.Tech removes its types, workflows, indexes, registry
records, layer and the lines it added to the core's lists; the documents
stay."""

from ia.tech.interfaces import IIaTechLayer
from plone import api
from plone.browserlayer.utils import registered_layers
import transaction


def test_uninstall(portal, installer, new_request):
    transaction.doom()
    request = new_request()
    installer.uninstall_product("ia.tech")
    types = api.portal.get_tool("portal_types")
    assert "IaTechRequest" not in types and "IaTechOrder" not in types
    workflows = api.portal.get_tool("portal_workflow")
    assert "ia_tech_order_workflow" not in workflows
    catalog = api.portal.get_tool("portal_catalog")
    assert "ia_tech_team" not in catalog.indexes()
    assert "ia_tech_point" not in catalog.schema()
    assert api.portal.get_registry_record("ia.tech.materials", default=None) is None
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert not any(line.startswith("DT|") for line in patterns)
    categories = api.portal.get_registry_record("ia.core.attachment_categories")
    assert not any(line.startswith("photo_before|") for line in categories)
    assert IIaTechLayer not in registered_layers()
    assert request.getId() in portal["travaux"]
