"""``@@ia-view``: the display view of the suite's documents."""

from ia.core.interfaces import IIaCoreLayer
from ia.core.testing import create_document
from ia.core.testing import create_service
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import alsoProvides
import pytest


@pytest.fixture
def document(portal, http_request):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    alsoProvides(http_request, IIaCoreLayer)
    service = create_service(portal["organisation"], "Urbanisme")
    return create_document(
        portal,
        services=[service.UID()],
        title="Permis rue Haute",
        keywords=["voirie"],
    )


def render(document, http_request):
    view = api.content.get_view("ia-view", document, http_request)
    view.update()
    return view


def test_test_types_use_it_by_default(portal):
    for name in ("IaTestDocument", "IaTestCase", "IaTestPublication"):
        fti = api.portal.get_tool("portal_types")[name]
        assert fti.default_view == "ia-view"
        assert "ia-view" in fti.view_methods


def test_fields_with_a_value_grouped_by_fieldset(document, http_request):
    sections = {s["id"]: s for s in render(document, http_request).sections()}
    responsible = [w.__name__ for w in sections["responsible"]["widgets"]]
    assert responsible == ["IResponsible.responsible_services"]
    assert "IReferenceNumber.reference" in [
        w.__name__ for s in sections.values() for w in s["widgets"]
    ]


def test_settings_empty_fields_and_form_only_fields_left_out(document, http_request):
    shown = {
        w.__name__
        for s in render(document, http_request).sections()
        for w in s["widgets"]
    }
    assert "settings" not in {
        s["id"] for s in render(document, http_request).sections()
    }
    assert "IVersionable.changeNote" not in shown
    assert "IBasic.title" not in shown
    assert "IResponsible.assigned_agent" not in shown  # empty
    assert "IDeadline.due_date" not in shown  # empty


def test_page_renders_values(document, http_request):
    html = render(document, http_request)()
    assert "Urbanisme" in html
    assert document.reference in html
    assert "Contrôle de version" not in html
