"""Document templates: the templates folder and the ia_templates.xml import step."""

from collective.documentgenerator.content.pod_template import IConfigurablePODTemplate
from ia.core.docgen import api as docgen
from ia.core.docgen import profile_import
from ia.core.testing import create_document
from plone import api
from plone.namedfile.file import NamedBlobFile
import io
import pytest
import zipfile


def _odt(text):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", f"<x>{text}</x>")
        odt.writestr("styles.xml", "<x/>")
    return buffer.getvalue()


def _entry(data, **overrides):
    entry = {
        "id": "ia-test-import",
        "file": "templates/import.odt",
        "title": "Modèle importé",
        "description": "",
        "portal_types": ["IaTestDocument"],
        "formats": ["odt"],
        "data": data,
    }
    entry.update(overrides)
    return entry


class FakeImportContext:
    """The part of a GenericSetup import context the step uses."""

    def __init__(self, files):
        self.files = files

    def readDataFile(self, name, subdir=None):
        return self.files.get(f"{subdir}/{name}" if subdir else name)

    def getLogger(self, name):
        import logging

        return logging.getLogger(name)


def test_install_creates_templates_folder(manager_portal):
    folder = manager_portal["modeles"]
    assert folder.portal_type == "Folder"
    assert folder.exclude_from_nav is True
    assert docgen.templates_folder().getPhysicalPath() == folder.getPhysicalPath()


def test_testing_profile_templates_imported(manager_portal):
    lettre = manager_portal["modeles"]["tests"]["ia-test-lettre"]
    assert IConfigurablePODTemplate.providedBy(lettre)
    assert lettre.Title() == "Lettre de test"
    assert lettre.pod_portal_types == ["IaTestDocument"]
    assert lettre.pod_formats == ["odt", "pdf", "docx"]
    assert lettre.odt_file.filename == "lettre.odt"
    assert lettre.odt_file.data.startswith(b"PK")
    assert "ia-test-fiche" in manager_portal["modeles"]["tests"]


def test_templates_for_filters_by_type(manager_portal):
    doc = create_document(manager_portal, "IaTestDocument", title="Doc")
    case = create_document(manager_portal, "IaTestCase", title="Dossier")
    assert [t.getId() for t in docgen.templates_for(doc)] == ["ia-test-lettre"]
    assert [t.getId() for t in docgen.templates_for(case)] == ["ia-test-fiche"]


def test_reimport_is_idempotent(manager_portal):
    folder = manager_portal["modeles"]["tests"]
    before = {key: folder[key].odt_file._p_oid for key in folder.objectIds()}
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(
        "profile-ia.core:testing", "ia.core.docgen.templates", run_dependencies=False
    )
    assert sorted(folder.objectIds()) == sorted(before)
    for key, oid in before.items():
        assert folder[key].odt_file._p_oid == oid
    assert len(api.content.find(portal_type="ConfigurablePODTemplate")) == 2


def test_changed_profile_file_updates_unmodified_template(manager_portal):
    container = docgen.templates_folder()
    assert profile_import.apply_entry(container, _entry(_odt("v1"))) == "created"
    assert profile_import.apply_entry(container, _entry(_odt("v1"))) == "unchanged"
    assert (
        profile_import.apply_entry(container, _entry(_odt("v2"), title="T2"))
        == "updated"
    )
    template = container["ia-test-import"]
    assert b"v2" in zipfile.ZipFile(io.BytesIO(template.odt_file.data)).read(
        "content.xml"
    )
    assert template.Title() == "T2"
    assert not profile_import.pending_update(template)


def test_local_modification_is_kept(manager_portal):
    container = docgen.templates_folder()
    profile_import.apply_entry(container, _entry(_odt("v1")))
    template = container["ia-test-import"]
    template.odt_file = NamedBlobFile(data=_odt("local"), filename="import.odt")
    result = profile_import.apply_entry(
        container, _entry(_odt("v2"), formats=["odt", "pdf"])
    )
    assert result == "kept"
    content = zipfile.ZipFile(io.BytesIO(template.odt_file.data)).read("content.xml")
    assert b"local" in content
    assert template.pod_formats == ["odt", "pdf"]
    assert profile_import.pending_update(template)
    # The same profile again does not warn again, and keeps the local file.
    assert (
        profile_import.apply_entry(
            container, _entry(_odt("v2"), formats=["odt", "pdf"])
        )
        == "unchanged"
    )


@pytest.mark.parametrize(
    "xml,message",
    [
        (b"<templates><template", "invalid XML"),
        (b"<modeles/>", "root element"),
        (b'<templates><template id="x"/></templates>', "needs an id and a file"),
        (
            b'<templates><template id="x" file="a.odt"/>'
            b'<template id="x" file="b.odt"/></templates>',
            "repeated",
        ),
        (
            b'<templates><template id="x" file="a.odt">'
            b"<format>exe</format></template></templates>",
            "unknown format",
        ),
    ],
)
def test_bad_xml_is_refused(manager_portal, xml, message):
    with pytest.raises(profile_import.TemplatesImportError, match=message):
        profile_import.import_templates(FakeImportContext({"ia_templates.xml": xml}))


def test_missing_file_writes_nothing(manager_portal):
    xml = (
        b'<templates folder="broken">'
        b'<template id="ok" file="templates/ok.odt"/>'
        b'<template id="missing" file="templates/missing.odt"/>'
        b"</templates>"
    )
    context = FakeImportContext(
        {"ia_templates.xml": xml, "templates/ok.odt": _odt("ok")}
    )
    with pytest.raises(profile_import.TemplatesImportError, match="missing.odt"):
        profile_import.import_templates(context)
    assert "broken" not in manager_portal["modeles"]


def test_profile_without_templates_is_ignored(manager_portal):
    profile_import.import_templates(FakeImportContext({}))
    assert sorted(manager_portal["modeles"].objectIds()) == ["tests"]
