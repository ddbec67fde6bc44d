# ruff: noqa: E501
"""Write the ODT templates of iA.Delib (run after a change, commit the output).

    .venv/bin/python -m ia.delib.documents.build_templates

Expressions are appy.pod expressions in input fields (``text:text-input``);
statements (``do text for ...``, ``do section for ...``, ``do text from ...``)
are comments (``office:annotation``). Every value comes from the helper view
``ia.delib.documents.helper.DelibHelperView`` (``view``): no logic here.
"""

from pathlib import Path
from xml.sax.saxutils import escape
import zipfile


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"
NAMESPACES = (
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
NS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES)


def _paragraph_style(
    name, *, parent="Standard", bold=False, size=None, align=None, space=None
):
    text = ""
    if bold or size:
        text = "<style:text-properties"
        if bold:
            text += ' fo:font-weight="bold"'
        if size:
            text += f' fo:font-size="{size}"'
        text += "/>"
    para = ""
    if align or space:
        para = "<style:paragraph-properties"
        if align:
            para += f' fo:text-align="{align}"'
        if space:
            para += f' fo:margin-top="{space}" fo:margin-bottom="0.2cm"'
        para += "/>"
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        f'style:parent-style-name="{parent}" style:class="text">{para}{text}</style:style>'
    )


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.2">'
    '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
    'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/>'
    "</office:font-face-decls><office:styles>"
    '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
    '<style:paragraph-properties fo:margin-bottom="0.15cm"/>'
    '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/></style:style>'
    + _paragraph_style(
        "Ia_Title", bold=True, size="16pt", align="center", space="0.4cm"
    )
    + _paragraph_style("Ia_Heading", bold=True, size="13pt", space="0.4cm")
    + _paragraph_style("Ia_Subheading", bold=True, size="11pt", space="0.3cm")
    + _paragraph_style("Ia_Right", align="end")
    + "</office:styles>"
    '<office:automatic-styles><style:page-layout style:name="pm1">'
    '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
    'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
    'fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" '
    'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
)
META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
    "<office:meta><meta:generator>ia.delib build_templates</meta:generator></office:meta>"
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


class E(str):
    """An appy expression inside a paragraph."""


def _annotation(statement):
    lines = "".join(
        f"<text:p>{escape(line)}</text:p>" for line in statement.splitlines()
    )
    return (
        "<office:annotation><dc:creator>iA.Delib</dc:creator>"
        f"<dc:date>2026-11-23T00:00:00</dc:date>{lines}</office:annotation>"
    )


def p(*parts, style="Standard", do=None):
    """A paragraph of texts and expressions (``E``); ``do``: its POD statement."""
    inner = _annotation(do) if do else ""
    for part in parts:
        if isinstance(part, E):
            inner += (
                f'<text:text-input text:description="">{escape(part)}</text:text-input>'
            )
        else:
            inner += escape(part)
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def rich(expression):
    """A paragraph replaced by rich text (``do text from ...``)."""
    return p("(texte)", do=f"do text\nfrom {expression}")


def section(name, statement, *children):
    """``text:section`` repeated or kept by ``statement`` (``do section ...``)."""
    first, *rest = children
    # The statement is a comment in the section's first paragraph.
    first = first.replace(">", ">" + _annotation(statement), 1)
    return f'<text:section text:name="{name}">{first}{"".join(rest)}</text:section>'


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


def header():
    return [
        p(E("view.municipality('name', '')"), style="Ia_Subheading"),
        p(E("view.body_title()")),
    ]


def agenda_rows(section_id, heading):
    """A heading shown when the section has items, then one line an item."""
    return [
        p(
            heading,
            style="Ia_Subheading",
            do=f"do text if view.agenda_rows('{section_id}')",
        ),
        p(
            E("row['number']"),
            ". ",
            E("row['title']"),
            do=f"do text for row in view.agenda_rows('{section_id}')",
        ),
    ]


def convocation():
    return [
        *header(),
        p(E("view.today()"), style="Ia_Right"),
        p("Convocation", style="Ia_Title"),
        p(
            "Mesdames, Messieurs, nous avons l'honneur de vous convoquer à la séance du ",
            E("view.body_title()"),
            " qui se tiendra le ",
            E("view.meeting_day()"),
            " à ",
            E("view.meeting_hour()"),
            ".",
        ),
        p("Lieu : ", E("view.meeting_place()"), do="do text if view.meeting_place()"),
        p("Ordre du jour", style="Ia_Heading"),
        *agenda_rows("public", "Séance publique"),
        *agenda_rows("secret", "Séance à huis clos"),
        *signatures(),
    ]


def public_agenda():
    return [
        *header(),
        p("Ordre du jour de la séance publique", style="Ia_Title"),
        p(
            "Séance du ",
            E("view.body_title()"),
            " du ",
            E("view.meeting_day()"),
            " à ",
            E("view.meeting_hour()"),
            ".",
        ),
        p("Lieu : ", E("view.meeting_place()"), do="do text if view.meeting_place()"),
        p(
            E("row['number']"),
            ". ",
            E("row['title']"),
            do="do text for row in view.agenda_rows('public')",
        ),
    ]


def signatures():
    return [
        p(
            "Par ordonnance :",
            style="Ia_Subheading",
            do="do text if view.signatories()",
        ),
        p(
            E("signatory['function']"),
            ", ",
            E("signatory['name']"),
            do="do text for signatory in view.signatories()",
        ),
    ]


def extract():
    return [
        *header(),
        p("Extrait du registre des délibérations", style="Ia_Title"),
        p("Séance du ", E("view.meeting_day()"), do="do text if view.meeting_day()"),
        p(
            "Point n° ",
            E("view.number()"),
            " : ",
            E("view.title"),
            style="Ia_Heading",
            do="do text if view.number()",
        ),
        p(E("view.title"), style="Ia_Heading", do="do text if not view.number()"),
        p("Motivation", style="Ia_Subheading"),
        rich("view.html('motivation')"),
        p("Décision", style="Ia_Subheading"),
        rich("view.html('decision')"),
        p(E("view.votes_text()"), do="do text if view.votes_text()"),
        *signatures(),
    ]


def minutes():
    return [
        *header(),
        p("Procès-verbal", style="Ia_Title"),
        p(
            "Séance du ",
            E("view.meeting_day()"),
            " à ",
            E("view.meeting_hour()"),
            ".",
        ),
        p("Lieu : ", E("view.meeting_place()"), do="do text if view.meeting_place()"),
        p("Présences", style="Ia_Heading"),
        p(
            E("person['name']"),
            " — ",
            E("person['presence']"),
            do="do text for person in view.attendees()",
        ),
        p("Invités", style="Ia_Subheading", do="do text if view.guests()"),
        p(E("guest"), do="do text for guest in view.guests()"),
        p(
            "Séance publique",
            style="Ia_Heading",
            do="do text if view.minutes_rows('public')",
        ),
        minutes_items("public"),
        p(
            "Séance à huis clos",
            style="Ia_Heading",
            do="do text if view.minutes_rows('secret')",
        ),
        minutes_items("secret"),
        *signatures(),
    ]


def minutes_items(section_id):
    return section(
        f"items_{section_id}",
        f"do section for row in view.minutes_rows('{section_id}')",
        p(E("row['number']"), ". ", E("row['title']"), style="Ia_Subheading"),
        p(E("row['presence']"), do="do text if row['presence']"),
        p("Motivation", style="Ia_Subheading"),
        rich("row['motivation']"),
        p("Décision", style="Ia_Subheading"),
        rich("row['decision']"),
        p(E("row['votes']"), do="do text if row['votes']"),
    )


TEMPLATES = {
    "convocation.odt": convocation,
    "ordre-du-jour-public.odt": public_agenda,
    "extrait.odt": extract,
    "proces-verbal.odt": minutes,
}


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    for filename, paragraphs in TEMPLATES.items():
        build(TARGET / filename, paragraphs())


if __name__ == "__main__":
    main()
