"""The programme, the evaluation reports and the extract per service as ODT
(ia.core.docgen); the templates are what the build script writes."""

from ia.core.docgen import api as docgen
from ia.pst.documents import build_templates
from pathlib import Path
from plone import api
import io
import pytest
import zipfile


def content_xml(data):
    return zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()


def test_templates_installed(portal):
    folder = docgen.templates_folder()
    assert {
        "pst-programme",
        "pst-evaluation-mi-parcours",
        "pst-evaluation-finale",
        "pst-extrait-services",
    } <= set(folder["pst"].objectIds())


def test_committed_templates_are_the_script_output(tmp_path, monkeypatch):
    monkeypatch.setattr(build_templates, "TARGET", tmp_path)
    build_templates.main()
    for name in build_templates.TEMPLATES:
        committed = (
            Path(build_templates.__file__).parents[1] / "profiles/default/pod" / name
        )
        assert (tmp_path / name).read_bytes() == committed.read_bytes(), name


def test_programme_document(programme):
    p = programme
    p["a1"].indicators = [
        {
            "label": "Composteurs installés",
            "target": 20.0,
            "reached": 12.0,
            "year": 2026,
        }
    ]
    data, filename, mimetype = docgen.generate(p["pst"], "pst-programme", "odt")
    assert filename.endswith(".odt")
    text = content_xml(data)
    for expected in (
        "OS.1",
        "Une commune verte",
        "OO.1.2",
        "A.3",
        "Cent arbres",
        "1\u202f000,00",
        "Composteurs installés",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    "template", ["pst-evaluation-mi-parcours", "pst-evaluation-finale"]
)
def test_evaluation_reports(programme, template):
    p = programme
    p["a2"].health_details = "Le fournisseur a du retard"
    p["a1"].indicators = [
        {"label": "Composteurs", "target": 20.0, "reached": 25.0, "year": 2026}
    ]
    text = content_xml(docgen.generate(p["pst"], template, "odt")[0])
    assert "Le fournisseur a du retard" in text
    assert "1/1" in text
    assert "80 %" in text


def test_extract_per_service(programme):
    text = content_xml(
        docgen.generate(programme["pst"], "pst-extrait-services", "odt")[0]
    )
    assert "Travaux" in text
    assert "Sacs réutilisables" in text


def test_uninstall_removes_the_templates(portal, installer):
    installer.uninstall_product("ia.pst")
    folder = docgen.templates_folder()
    assert "pst" not in folder.objectIds() or not folder["pst"].objectIds()
    assert api.portal.get_tool("portal_types").get("IaPstAction") is None
