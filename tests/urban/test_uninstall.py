"""Uninstalling iA.Urban removes what its install added; the files stay.

The transaction is doomed: the integration layer aborts it after the test."""

from ia.urban.area import get_area
from ia.urban.interfaces import IIaUrbanLayer
from ia.urban.kinds import LICENCE_TYPES
from plone import api
from plone.base.utils import get_installer
from plone.browserlayer.utils import registered_layers
import transaction


def test_uninstall(portal, licence):
    permit = licence()
    transaction.doom()
    installer = get_installer(portal, portal.REQUEST)
    installer.uninstall_product("ia.urban")
    assert not installer.is_product_installed("ia.urban")
    types = api.portal.get_tool("portal_types")
    assert not [name for name in LICENCE_TYPES if name in types]
    assert "IaUrbanArea" not in types
    assert "IaUrbanArea" not in api.portal.get_registry_record("plone.displayed_types")
    assert "ia_urban_licence_workflow" not in api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    assert "ia_urban_applicant" not in catalog.indexes()
    assert "ia_urban_events" not in catalog.schema()
    assert "ia_urban_deadline_dates" not in catalog.indexes()
    assert "ia_urban_deadlines" not in catalog.schema()
    assert "ia-urban-deadlines" not in api.portal.get_tool("portal_actions").user
    assert IIaUrbanLayer not in registered_layers()
    assert api.portal.get_registry_record("ia.urban.delays", default=None) is None
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert not [line for line in patterns if line.startswith("PURB|")]
    registers = api.portal.get_registry_record("ia.core.reference_type_registers")
    assert "IaUrbBuildLicence|P" not in registers
    categories = api.portal.get_registry_record("ia.core.attachment_categories")
    assert "formulaire|Formulaire" not in categories
    assert "ia-urban" not in [
        c.getId() for c in api.portal.get_tool("portal_controlpanel").listActions()
    ]
    # the core stays; the files stay in the database
    assert installer.is_product_installed("ia.core")
    assert permit.getId() in get_area(portal).objectIds()
