"""REST ``@ia-documents`` through the functional layer."""

from ia.core.docgen import settings
from ia.core.testing import create_document
from plone import api
import io
import pytest
import transaction
import zipfile


HTML = {"Accept": "text/html"}


@pytest.fixture
def doc(functional_portal, free_port):
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    with api.env.adopt_roles(["Manager"]):
        doc = create_document(
            functional_portal,
            id="permis",
            title="Permis rue Haute",
            description="Demande de Mme Martin",
            reference="PU/2026/017",
        )
    settings.set_libreoffice(server="127.0.0.1", port=free_port())
    transaction.commit()
    return doc


@pytest.fixture
def manager(doc, request_factory):
    return request_factory(role="Manager")


def test_list_templates(manager):
    response = manager.get("/permis/@ia-documents")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [item["id"] for item in items] == ["ia-test-lettre"]
    assert items[0]["formats"] == ["odt", "pdf", "docx"]


def test_generate_odt(manager):
    response = manager.post(
        "/permis/@ia-documents", json={"template": "ia-test-lettre", "format": "odt"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(
        "application/vnd.oasis.opendocument.text"
    )
    assert 'filename="' in response.headers["Content-Disposition"]
    content = zipfile.ZipFile(io.BytesIO(response.content)).read("content.xml").decode()
    assert "Permis rue Haute" in content
    assert "Demande de Mme Martin" in content
    assert "PU/2026/017" in content


def test_default_format_is_odt(manager):
    response = manager.post(
        "/permis/@ia-documents", json={"template": "ia-test-lettre"}
    )
    assert response.status_code == 200, response.text
    assert response.content.startswith(b"PK")


def test_unknown_template_is_404(manager):
    response = manager.post(
        "/permis/@ia-documents", json={"template": "inconnu", "format": "odt"}
    )
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["type"] == "TemplateNotFound"
    assert error["message"] == "Aucun modèle de document « inconnu » n'a été trouvé."


def test_unknown_format_is_400(manager):
    response = manager.post(
        "/permis/@ia-documents", json={"template": "ia-test-lettre", "format": "exe"}
    )
    assert response.status_code == 400
    assert "exe" in response.json()["error"]["message"]


def test_bad_body_is_400(manager):
    response = manager.post(
        "/permis/@ia-documents",
        data="pas du json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"


def test_pdf_without_libreoffice_is_503(manager):
    port = api.portal.get_registry_record(settings.CDG + "oo_port_list")
    response = manager.post(
        "/permis/@ia-documents", json={"template": "ia-test-lettre", "format": "pdf"}
    )
    assert response.status_code == 503
    message = response.json()["error"]["message"]
    assert message == (
        "La conversion en PDF n'est pas disponible : LibreOffice ne répond pas "
        f"sur 127.0.0.1:{port}. Pour l'activer, l'administrateur installe "
        "LibreOffice (paquet libreoffice-writer-nogui) et redémarre le site : "
        "make run le démarre alors automatiquement."
    )


def test_anonymous_cannot_generate(doc, request_factory):
    response = request_factory().post(
        "/permis/@ia-documents", json={"template": "ia-test-lettre", "format": "odt"}
    )
    assert response.status_code == 401


def test_store_as_attachment(manager, doc):
    if api.portal.get_tool("portal_types").getTypeInfo("IaAttachment") is None:
        pytest.skip("IaAttachment is not installed")
    response = manager.post(
        "/permis/@ia-documents",
        json={"template": "ia-test-lettre", "format": "odt", "store": True},
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["filename"].endswith(".odt")
    transaction.begin()
    stored = [o for o in doc.objectValues() if o.portal_type == "IaAttachment"]
    assert [o.UID() for o in stored] == [data["UID"]]
    assert stored[0].file.data.startswith(b"PK")


def test_page_shows_generate_viewlet(doc, request_factory):
    page = request_factory(role="Manager", api=False).get("/permis", headers=HTML)
    assert page.status_code == 200
    assert 'id="ia-docgen"' in page.text
    assert "Générer un document" in page.text
    assert "@@ia-generate?template=ia-test-lettre&amp;format=pdf" in page.text
    # collective.documentgenerator's own links viewlet is replaced, not doubled
    assert 'id="doc-generation-view"' not in page.text


def test_browser_download_link(doc, request_factory):
    session = request_factory(role="Manager", api=False)
    response = session.get("/permis/@@ia-generate?template=ia-test-lettre&format=odt")
    assert response.status_code == 200
    assert response.content.startswith(b"PK")
    failed = session.get(
        "/permis/@@ia-generate?template=ia-test-lettre&format=pdf", headers=HTML
    )
    assert failed.status_code == 200  # redirected back to the document
    assert failed.url.endswith("/permis")
    assert "LibreOffice ne répond pas sur" in failed.text


def test_deprecated_alias_ia_generate(manager):
    """``@ia-generate`` (deprecated: remove in 1.1) is ``@ia-documents``."""
    old, new = manager.get("/permis/@ia-generate"), manager.get("/permis/@ia-documents")
    assert old.status_code == 200, old.text
    assert old.json()["items"] == new.json()["items"]
    response = manager.post(
        "/permis/@ia-generate", json={"template": "ia-test-lettre", "format": "odt"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(
        "application/vnd.oasis.opendocument.text"
    )
