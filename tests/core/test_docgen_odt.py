"""ia.core.docgen.odt: the ODT template builder, its output read by appy.pod,
and the committed templates of every product being what the builder writes."""

from appy.pod.renderer import Renderer
from ia.core.docgen.odt import Expr
from ia.core.docgen.odt import Page
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import font_face
from ia.core.docgen.odt import paragraph_style
from ia.delib.documents import build_templates
from ia.docs.letters import make_templates
from lxml import etree
from pathlib import Path
from tests.core import docgen_make_templates
import pytest
import zipfile


SRC = Path(__file__).parents[2] / "src" / "ia"
MEMBERS = ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"]


def writer():
    return TemplateWriter(
        styles=[
            paragraph_style("Standard", css_class="text"),
            paragraph_style("Bold", parent="Standard", text={"fo:font-weight": "bold"}),
        ],
        font_faces=[font_face("Liberation Sans")],
        page=Page(left="3cm"),
        generator="test",
    )


def sample(odt):
    return [
        *odt.letterhead("'Commune de Namur'", ("'Rue de Fer 1'",), name_style="Bold"),
        odt.paragraph("Objet : ", Expr("subject"), " & <suite>", style="Bold"),
        odt.paragraph(Expr("line"), do="do text for line in lines"),
        odt.section(
            "people",
            "do section for person in people",
            odt.paragraph(Expr("person"), style="Bold"),
            odt.paragraph("—"),
        ),
        odt.table(
            "Votes",
            2,
            odt.row(
                odt.cell(Expr("name")),
                odt.cell(Expr("str(vote)")),
                do="do row for name, vote in votes",
            ),
            header=odt.row(odt.cell("Nom"), odt.cell("Voix")),
        ),
    ]


def render(template, tmp_path, **context):
    result = tmp_path / "result.odt"
    Renderer(
        str(template), context, str(result), overwriteExisting=True, raiseOnError=True
    ).run()
    with zipfile.ZipFile(result) as odt:
        root = etree.fromstring(odt.read("content.xml"))
    return [
        "".join(p.itertext())
        for p in root.iter("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p")
    ]


def test_odt_layout(tmp_path):
    path = tmp_path / "t.odt"
    writer().write(path, sample(writer()))
    with zipfile.ZipFile(path) as odt:
        infos = odt.infolist()
        assert [info.filename for info in infos] == MEMBERS
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        for name in MEMBERS[1:]:
            etree.fromstring(odt.read(name))  # well-formed
        styles = odt.read("styles.xml").decode()
    assert 'style:name="Bold"' in styles and 'fo:margin-left="3cm"' in styles
    assert "<office:font-face-decls><style:font-face" in styles


def test_rebuild_is_byte_identical(tmp_path):
    first, second = tmp_path / "a.odt", tmp_path / "b.odt"
    writer().write(first, sample(writer()))
    writer().write(second, sample(writer()))
    assert first.read_bytes() == second.read_bytes()


def test_appy_renders_expressions_and_statements(tmp_path):
    path = tmp_path / "t.odt"
    writer().write(path, sample(writer()))
    texts = render(
        path,
        tmp_path,
        subject="Permis",
        lines=["un", "deux"],
        people=["Ann", "Bob"],
        votes=[("Oui", 12), ("Non", 3)],
    )
    assert texts[:3] == ["Commune de Namur", "Rue de Fer 1", "Objet : Permis & <suite>"]
    assert texts[3:5] == ["un", "deux"]
    assert texts[5:9] == ["Ann", "—", "Bob", "—"]
    assert texts[9:] == ["Nom", "Voix", "Oui", "12", "Non", "3"]


def test_appy_rich_text(tmp_path):
    odt = writer()
    path = tmp_path / "t.odt"
    odt.write(path, [odt.rich_text("xhtml(body)", placeholder="(texte)")])
    assert render(path, tmp_path, body="<p>Premier</p><p>Second</p>") == [
        "Premier",
        "Second",
    ]


def test_empty_section_or_row_is_refused():
    odt = writer()
    with pytest.raises(ValueError, match="Section empty has no paragraph"):
        odt.section("empty", "do section if True")
    with pytest.raises(ValueError, match="needs a cell"):
        odt.row(do="do row for x in y")


@pytest.mark.parametrize(
    "script, folder",
    [
        (build_templates, SRC / "delib" / "profiles" / "default" / "templates"),
        (make_templates, SRC / "docs" / "profiles" / "default" / "templates"),
        (docgen_make_templates, SRC / "core" / "profiles" / "testing" / "templates"),
    ],
)
def test_committed_templates_are_what_the_scripts_write(script, folder, tmp_path):
    script.main(tmp_path)
    built = sorted(path.name for path in tmp_path.glob("*.odt"))
    assert built == sorted(path.name for path in folder.glob("*.odt"))
    for name in built:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
