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
    assert "20.0" not in text and "12.0" not in text  # French figures


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
    # the objectives are in the report too, with their reference
    assert "OS.1" in text and "Une commune verte" in text
    assert "OO.1.2" in text


def test_evaluation_comment_per_objective_and_evaluation(programme):
    """Each report shows its own comment of each objective and action; an
    action's own evaluation comment wins over its health details."""
    p = programme
    p["os1"].evaluation_midterm = "Mi-parcours : la commune verdit"
    p["os1"].evaluation_final = "Final : objectif atteint"
    p["oo12"].evaluation_midterm = "Mi-parcours : 40 arbres plantés"
    p["a2"].health_details = "Le fournisseur a du retard"
    p["a2"].evaluation_final = "Final : sacs distribués"
    midterm = content_xml(
        docgen.generate(p["pst"], "pst-evaluation-mi-parcours", "odt")[0]
    )
    final = content_xml(docgen.generate(p["pst"], "pst-evaluation-finale", "odt")[0])
    assert "Mi-parcours : la commune verdit" in midterm
    assert "Mi-parcours : 40 arbres plantés" in midterm
    assert "Le fournisseur a du retard" in midterm
    assert "Final :" not in midterm
    assert "Final : objectif atteint" in final
    assert "Final : sacs distribués" in final
    assert "Le fournisseur a du retard" not in final
    assert "Mi-parcours" not in final


def test_evaluation_rows_order_and_comment(programme):
    p = programme
    p["oo11"].evaluation_midterm = "Bon rythme"
    view = api.content.get_view(
        "document_generation_helper_view", p["pst"], p["pst"].REQUEST
    )
    rows = view.pst_evaluation_rows("midterm")
    references = [row["reference"] for row in rows]
    assert references.index("OS.1") < references.index("OO.1.1")
    assert references.index("OO.1.1") < references.index("A.1")
    by_reference = {row["reference"]: row for row in rows}
    assert by_reference["OO.1.1"]["comment"] == "Bon rythme"
    assert by_reference["OS.2"]["comment"] == ""


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
