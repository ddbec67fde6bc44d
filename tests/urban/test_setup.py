"""Installation of iA.Urban: types, workflow, registry, area, product registry."""

from ia.core.numbering import api as numbering
from ia.core.products import known_products
from ia.core.workflows.facts import final_states
from ia.urban.area import get_area
from ia.urban.kinds import KINDS
from ia.urban.kinds import LICENCE_TYPES
from plone import api
import pathlib


def test_area_created(portal):
    area = get_area(portal)
    assert area is not None
    assert area.absolute_url_path().endswith("/urbanisme")
    allowed = api.portal.get_tool("portal_types")["IaUrbanArea"].allowed_content_types
    assert set(allowed) == set(LICENCE_TYPES)


def test_types_follow_the_kinds_table(portal):
    types = api.portal.get_tool("portal_types")
    wf_tool = api.portal.get_tool("portal_workflow")
    for kind in KINDS:
        fti = types[kind.portal_type]
        assert fti.Title() == kind.title
        assert "ia.geolocation" in fti.behaviors
        assert "ia.responsible" in fti.behaviors
        assert wf_tool.getChainForPortalType(kind.portal_type) == (
            "ia_urban_licence_workflow",
        )
        assert numbering.register_for_type(kind.portal_type) == kind.acronym
    # every FTI file of the profile is a kind (or the area)
    folder = pathlib.Path(__file__).parents[2] / "src/ia/urban/profiles/default/types"
    names = {path.stem for path in folder.glob("*.xml")}
    assert names == set(LICENCE_TYPES) | {"IaUrbanArea"}


def test_final_states(portal):
    assert set(final_states("ia_urban_licence_workflow")) == {
        "inadmissible",
        "notified",
        "withdrawn",
        "obsolete",
    }


def test_product_registered():
    product = known_products()["ia.urban"]
    assert product.profile == "ia.urban:default"
    assert product.demo_module() is not None


def test_reference_per_type(licence):
    permit = licence("IaUrbBuildLicence")
    certificate = licence("IaUrbCertificate1")
    year = permit.created().year()
    assert permit.reference == f"P/{year}/1"
    assert certificate.reference == f"CU1/{year}/1"
    assert licence("IaUrbBuildLicence").reference == f"P/{year}/2"


def test_shared_counter(licence):
    """Two kinds share a counter by mapping their types to one register."""
    lines = list(api.portal.get_registry_record("ia.core.reference_type_registers"))
    lines.remove("IaUrbCertificate2|CU2")
    lines.append("IaUrbCertificate2|CU1")
    api.portal.set_registry_record("ia.core.reference_type_registers", lines)
    first = licence("IaUrbCertificate1")
    second = licence("IaUrbCertificate2")
    assert first.reference.endswith("/1")
    assert second.reference.startswith("CU1/") and second.reference.endswith("/2")


def test_settings_records_and_control_panel(portal, request):
    from ia.urban.deadlines import settings
    from ia.urban.settings import IUrbanSettings
    from ia.urban.settings import valid_delay
    from ia.urban.settings import valid_period
    from zope.schema.interfaces import ValidationError
    import pytest

    record = api.portal.get_registry_record
    assert "07-16|08-15" in record("ia.urban.suspension_periods")
    assert record("ia.urban.due_soon_days") == 7
    api.portal.set_registry_record("ia.urban.delays", ["decision_simple|45"])
    assert settings.load().days("decision_simple") == 45
    assert settings.load().days("decision_publicity") == 75
    assert valid_delay("opinion|20")
    with pytest.raises(ValidationError):
        valid_delay("unknown|20")
    with pytest.raises(ValidationError):
        valid_period("31-02|01-01")
    assert IUrbanSettings["streets"].title == "Streets of the municipality"
    from ia.urban.interfaces import IIaUrbanLayer
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    from zope.interface import alsoProvides

    setRoles(portal, TEST_USER_ID, ["Manager"])
    alsoProvides(portal.REQUEST, IIaUrbanLayer)
    html = portal.restrictedTraverse("@@ia-urban-settings")()
    assert "form.widgets.suspension_periods" in html
