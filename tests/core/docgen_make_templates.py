# ruff: noqa: E501
"""Write the test ODT templates of ia.core:testing (run once, output is committed).

    .venv/bin/python tests/core/docgen_make_templates.py

The fields are appy.pod expressions in input fields (text:text-input).
"""

from pathlib import Path
import zipfile


TARGET = Path(__file__).parents[2] / "src/ia/core/profiles/testing/templates"
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
    '<office:styles><style:style style:name="Standard" style:family="paragraph" '
    'style:class="text"/></office:styles>'
    '<office:automatic-styles><style:page-layout style:name="pm1">'
    '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
    'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
    'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" '
    'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
)
META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
    "<office:meta><meta:generator>ia.core tests</meta:generator></office:meta>"
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


def build(path, lines):
    paras = "".join(
        f'<text:p text:style-name="Standard">{label}'
        f'<text:text-input text:description="">{expr}</text:text-input></text:p>'
        for label, expr in lines
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} '
        'office:version="1.2"><office:automatic-styles/><office:body><office:text>'
        f"{paras}</office:text></office:body></office:document-content>"
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
    build(
        TARGET / "lettre.odt",
        [
            ("Titre : ", "view.title"),
            ("Description : ", "view.description"),
            ("Référence : ", "view.reference('sans référence')"),
            ("Date : ", "view.date_fr(date=context.created())"),
            ("Commune : ", "view.municipality('name', 'Commune de test')"),
        ],
    )
    build(TARGET / "fiche.odt", [("Fiche : ", "view.title")])


if __name__ == "__main__":
    main()
