# ruff: noqa: E501
"""Write the ODT templates of iA.Docs (run once; the output is committed).

    .venv/bin/python -m ia.docs.letters.make_templates

Fields are appy.pod expressions in input fields (``text:text-input``);
statements (``do text for ...``, ``do text from ...``) are notes
(``office:annotation``) in the paragraph they repeat or replace.
Managers may replace the files in ``/modeles/courrier`` with their own.
"""

from pathlib import Path
from xml.sax.saxutils import escape
import zipfile


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"
NS = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in (
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
    )
)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.2">'
    "<office:font-face-decls/>"
    "<office:styles>"
    '<style:default-style style:family="paragraph"><style:text-properties '
    'style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:font-size="11pt"/>'
    "</style:default-style>"
    '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
    '<style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>'
    '<style:style style:name="Letterhead" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="9pt"/></style:style>'
    '<style:style style:name="Address" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="10cm" fo:margin-bottom="0cm"/></style:style>'
    '<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="end" fo:margin-top="0.8cm" fo:margin-bottom="0.8cm"/></style:style>'
    '<style:style style:name="Subject" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="10cm" fo:margin-top="1cm"/></style:style>'
    "</office:styles>"
    '<office:automatic-styles><style:page-layout style:name="pm1">'
    '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
    'style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="2cm" '
    'fo:margin-left="2.5cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" '
    'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
)
META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
    "<office:meta><meta:generator>ia.docs</meta:generator></office:meta>"
    "</office:document-meta>"
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def field(expr):
    return f'<text:text-input text:description="">{escape(expr)}</text:text-input>'


def note(statement):
    """A statement note; a ``from`` clause goes on its own line (appy)."""
    lines = statement.split(" from ", 1)
    if len(lines) == 2:
        lines[1] = "from " + lines[1]
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    return (
        "<office:annotation><dc:creator>iA</dc:creator>"
        f"<dc:date>2026-01-01T00:00:00</dc:date>{body}</office:annotation>"
    )


def para(*parts, style="Standard", statement=None):
    """A paragraph of literal text and ``("expr",)`` fields, with an optional
    statement note."""
    inner = note(statement) if statement else ""
    for part in parts:
        inner += field(part[0]) if isinstance(part, tuple) else escape(part)
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


LETTERHEAD = [
    para(("view.municipality('name')",), style="Letterhead"),
    para(("view.municipality_address()",), style="Small"),
    para(("view.municipality_contact()",), style="Small"),
]
PLACE_DATE = [para(("view.place_and_date()",), style="Right")]


def recipient(method):
    return [para(("line",), style="Address", statement=f"do text for line in {method}")]


def reply_letter():
    return (
        LETTERHEAD
        + recipient("view.recipient_lines()")
        + PLACE_DATE
        + [
            para("Notre référence : ", ("view.reference()",)),
            para(
                ("line",),
                statement="do text for line in view.your_references()",
            ),
            para("Concerne : ", ("view.title",), style="Subject"),
            para("", statement="do text from view.body()"),
            para(("view.signatory_name()",), style="Signature"),
            para(("view.signatory_function()",), style="Address"),
        ]
    )


def acknowledgement():
    return (
        LETTERHEAD
        + recipient("view.sender_lines()")
        + PLACE_DATE
        + [
            para("Notre référence : ", ("view.reference()",)),
            para("Concerne : Accusé de réception", style="Subject"),
            para("Madame, Monsieur,"),
            para(
                "Nous accusons bonne réception de votre courrier « ",
                ("view.title",),
                " », reçu le ",
                ("view.date_fr('reception_date')",),
                ".",
            ),
            para(
                "Il a été enregistré sous la référence ",
                ("view.reference()",),
                " et transmis pour traitement au service ",
                ("view.treating_services()",),
                ".",
            ),
            para(("view.due_sentence()",)),
            para(
                "Pour tout renseignement, veuillez rappeler cette référence : ",
                ("view.municipality_contact()",),
                ".",
            ),
            para(
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            ),
            para("Pour l'Administration communale,", style="Signature"),
            para(("view.municipality('name')",), style="Address"),
        ]
    )


def build(path, paragraphs):
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} '
        'office:version="1.2"><office:automatic-styles/><office:body><office:text>'
        f"{''.join(paragraphs)}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )
        for name, data in (
            ("META-INF/manifest.xml", MANIFEST),
            ("content.xml", content),
            ("styles.xml", STYLES),
            ("meta.xml", META),
        ):
            odt.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    build(TARGET / "lettre-reponse.odt", reply_letter())
    build(TARGET / "accuse-reception.odt", acknowledgement())


if __name__ == "__main__":
    main()
