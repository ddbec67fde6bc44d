"""Installation of iA.Tech: types, workflows, indexes, registry, layer, folder."""

from ia.core.numbering import api as numbering
from ia.tech.interfaces import IIaTechLayer
from ia.tech.testing import PROFILE
from plone import api
from plone.browserlayer.utils import registered_layers
import pytest


TYPES = ("IaTechRequest", "IaTechOrder", "IaTechAsset", "IaTechBooking")


def test_installed(installer):
    assert installer.is_profile_installed(PROFILE)


def test_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)


@pytest.mark.parametrize("portal_type", TYPES)
def test_types(portal, portal_type):
    assert portal_type in api.portal.get_tool("portal_types")


def test_bindings(portal):
    wf = api.portal.get_tool("portal_workflow")
    assert wf.getChainForPortalType("IaTechRequest") == ("ia_tech_request_workflow",)
    assert wf.getChainForPortalType("IaTechOrder") == ("ia_tech_order_workflow",)
    assert wf.getChainForPortalType("IaTechAsset") == ("ia_config_workflow",)


def test_indexes(portal):
    catalog = api.portal.get_tool("portal_catalog")
    for name in ("ia_tech_request_type", "ia_tech_team", "ia_tech_planned_date"):
        assert name in catalog.indexes()
    assert "ia_tech_point" in catalog.schema()


def test_browser_layer(portal, http_request):
    assert IIaTechLayer in registered_layers()


def test_folder_open_to_members(portal):
    folder = portal["travaux"]
    assert "Contributor" in dict(folder.get_local_roles())["AuthenticatedUsers"]
    assert "patrimoine" in folder


def test_numbered(new_request):
    request = new_request()
    assert numbering.register_for(request) == "DT"
    assert request.reference.startswith("DT/")
