"""Generating documents: ODT content, errors, the browser view and the viewlet."""

from ia.core.docgen import api as docgen
from ia.core.docgen import errors
from ia.core.docgen import settings
from ia.core.docgen.dates import format_date
from ia.core.testing import create_document
from plone import api
from zope.i18n import translate
import datetime
import io
import pytest
import socket
import zipfile


def content_xml(data):
    return zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")


@pytest.fixture
def doc(manager_portal):
    return create_document(
        manager_portal,
        title="Permis de bâtir rue Haute",
        description="Demande de M. Dupont",
        reference="E/2026/00042",
    )


def test_odt_holds_content_values(doc):
    data, filename, mimetype = docgen.generate(doc, "ia-test-lettre", "odt")
    assert mimetype == "application/vnd.oasis.opendocument.text"
    assert filename.endswith(".odt")
    text = content_xml(data)
    assert "Permis de bâtir rue Haute" in text
    assert "Demande de M. Dupont" in text
    assert "E/2026/00042" in text
    assert format_date(doc.created()) in text
    assert "Commune : Commune de test" in text


def test_template_by_uid(doc):
    uid = docgen.get_template("ia-test-lettre").UID()
    data, _name, _mime = docgen.generate(doc, uid, "odt")
    assert "E/2026/00042" in content_xml(data)


def test_without_reference_uses_default(manager_portal):
    doc = create_document(manager_portal, title="Sans numéro")
    doc.reference = None
    doc.reindexObject()
    data, _name, _mime = docgen.generate(doc, "ia-test-lettre", "odt")
    assert "sans référence" in content_xml(data)


def test_unknown_template(doc):
    with pytest.raises(errors.TemplateNotFound) as info:
        docgen.generate(doc, "nope", "odt")
    assert info.value.status == 404
    assert "nope" in translate(info.value.message, target_language="fr")


def test_unknown_format(doc):
    with pytest.raises(errors.FormatNotAvailable) as info:
        docgen.generate(doc, "ia-test-lettre", "xlsx")
    message = translate(info.value.message, target_language="fr")
    assert "xlsx" in message and "odt, pdf, docx" in message


def test_template_of_another_type(doc):
    with pytest.raises(errors.TemplateNotApplicable):
        docgen.generate(doc, "ia-test-fiche", "odt")


def test_disabled_template_is_not_offered(doc):
    template = docgen.get_template("ia-test-lettre")
    template.enabled = False
    assert docgen.templates_for(doc) == []
    with pytest.raises(errors.TemplateNotApplicable):
        docgen.generate(doc, "ia-test-lettre", "odt")


def test_pdf_without_libreoffice_gives_clear_message(doc, free_port):
    port = free_port()
    settings.set_libreoffice(server="127.0.0.1", port=port)
    with pytest.raises(errors.ConversionUnavailable) as info:
        docgen.generate(doc, "ia-test-lettre", "pdf")
    assert info.value.status == 503
    message = translate(info.value.message, target_language="fr")
    assert message == (
        "La conversion en PDF n'est pas disponible : LibreOffice ne répond pas "
        f"sur 127.0.0.1:{port}. Pour l'activer, l'administrateur installe "
        "LibreOffice (paquet libreoffice-writer-nogui) et redémarre le site : "
        "make run le démarre alors automatiquement."
    )


def test_missing_uno_python_gives_clear_message(doc):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        settings.set_libreoffice(
            server="127.0.0.1", port=port, uno_path="/nonexistent/python"
        )
        with pytest.raises(errors.ConversionUnavailable) as info:
            docgen.generate(doc, "ia-test-lettre", "docx")
    assert "/nonexistent/python" in translate(info.value.message, target_language="fr")


def test_helper_view_values(doc):
    doc.due = datetime.date(2026, 11, 23)
    request = doc.REQUEST
    helper = api.content.get_view("document_generation_helper_view", doc, request)
    assert helper.title == "Permis de bâtir rue Haute"
    assert helper.reference() == "E/2026/00042"
    assert helper.date_fr(date=datetime.date(2026, 11, 23)) == "23 novembre 2026"
    assert (
        helper.date_fr(date=datetime.date(2026, 3, 1), weekday=True)
        == "dimanche 1er mars 2026"
    )
    assert helper.date_fr(date=None) == ""
    assert helper.municipality("unknown_setting", "défaut") == "défaut"
    assert helper.rich_text("no_such_field") == ""


def test_helper_reads_municipality_settings(doc):
    record = "ia.core.municipality.name"
    if api.portal.get_registry_record(record, default=None) is None:
        pytest.skip("the municipality settings are not installed")
    api.portal.set_registry_record(record, "Commune de Démo")
    helper = api.content.get_view("document_generation_helper_view", doc, doc.REQUEST)
    assert helper.municipality("name") == "Commune de Démo"
    data, _name, _mime = docgen.generate(doc, "ia-test-lettre", "odt")
    assert "Commune de Démo" in content_xml(data)


def test_browser_view_downloads(doc):
    request = doc.REQUEST
    request.form.update({"template": "ia-test-lettre", "format": "odt"})
    view = api.content.get_view("ia-generate", doc, request)
    data = view()
    assert "E/2026/00042" in content_xml(data)
    assert request.response.getHeader("Content-Type") == settings.MIMETYPES["odt"]
    assert "attachment" in request.response.getHeader("Content-Disposition")


def test_browser_view_error_redirects_with_message(doc):
    request = doc.REQUEST
    request.form.update({"template": "nope", "format": "odt"})
    view = api.content.get_view("ia-generate", doc, request)
    assert view() == ""
    assert request.response.getStatus() == 303
    assert request.response.getHeader("Location") == doc.absolute_url()
    messages = api.portal.get_tool("plone_utils").showPortalMessages()
    assert [m.type for m in messages] == ["error"]


def test_cdg_generation_view_is_ours(doc, free_port):
    request = doc.REQUEST
    view = api.content.get_view("document-generation", doc, request)
    uid = docgen.get_template("ia-test-lettre").UID()
    data = view(template_uid=uid, output_format="odt")
    assert "E/2026/00042" in content_xml(data)
    settings.set_libreoffice(server="127.0.0.1", port=free_port())
    assert view(template_uid=uid, output_format="pdf") == ""
    assert request.response.getStatus() == 303


def test_viewlet_lists_templates_of_the_type(doc):
    from ia.core.docgen.browser.viewlet import GenerateViewlet

    viewlet = GenerateViewlet(doc, doc.REQUEST, None)
    viewlet.update()
    templates = viewlet.templates()
    assert [t["id"] for t in templates] == ["ia-test-lettre"]
    assert [f["format"] for f in templates[0]["formats"]] == ["odt", "pdf", "docx"]
    html = viewlet.render()
    assert "Lettre de test" in html
    assert "@@ia-generate?template=ia-test-lettre&amp;format=pdf" in html


def test_merging_template_needs_libreoffice_even_for_odt(doc, free_port):
    """appy merges sub-templates through LibreOffice; without it the ODT would
    silently miss the merged parts, so the user is told instead."""
    lettre = docgen.get_template("ia-test-lettre")
    fiche = docgen.get_template("ia-test-fiche")
    lettre.merge_templates = [
        {"template": fiche.UID(), "pod_context_name": "fiche", "do_rendering": False}
    ]
    settings.set_libreoffice(server="127.0.0.1", port=free_port())
    with pytest.raises(errors.ConversionUnavailable):
        docgen.generate(doc, lettre, "odt")


def test_templates_listing_renders(manager_portal):
    """collective.documentgenerator's listing crashed on Plone 6.2 (icon tag)."""
    view = api.content.get_view(
        "dg-templates-listing", manager_portal["modeles"], manager_portal.REQUEST
    )
    html = view()
    assert "Lettre de test" in html
    assert "Fiche de test" in html
