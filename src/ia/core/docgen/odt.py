"""Write appy.pod ODT templates from Python, without LibreOffice.

The products' template scripts (``ia.delib.documents.build_templates``,
``ia.docs.letters.make_templates``) and the test templates of ia.core are
thin callers of this module: they describe styles and paragraphs, the
:class:`TemplateWriter` writes the ODT (a zip whose first member is the
uncompressed ``mimetype``, then the manifest, ``content.xml``, ``styles.xml``
and ``meta.xml``). Zip members carry a fixed date, so rebuilding an unchanged
template gives the same bytes.

appy.pod reads two things in a template:

* expressions, in input fields (``text:text-input``): :class:`Expr` parts of a
  paragraph;
* statements (``do text for ...``, ``do section ...``, ``do row for ...``,
  ``do text from ...``), in a note (``office:annotation``) at the start of the
  paragraph, section or table row they act on: the ``do`` arguments.

Example::

    from ia.core.docgen.odt import Expr, Page, TemplateWriter, paragraph_style

    odt = TemplateWriter(
        styles=[paragraph_style("Title", parent="Standard",
                                text={"fo:font-weight": "bold"})],
        generator="ia.example",
    )
    odt.write(path, [
        odt.paragraph("Madame ", Expr("view.title"), style="Title"),
        odt.paragraph(Expr("line"), do="do text for line in view.lines()"),
    ])
"""

from dataclasses import dataclass
from xml.sax.saxutils import escape
import zipfile


MIMETYPE = "application/vnd.oasis.opendocument.text"
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
XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
MANIFEST = (
    XML_HEADER + "<manifest:manifest "
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
    + "".join(
        f'<manifest:file-entry manifest:full-path="{name}" '
        'manifest:media-type="text/xml"/>'
        for name in ("content.xml", "styles.xml", "meta.xml")
    )
    + "</manifest:manifest>"
)
# Zip members' date: fixed, so that a rebuild changes no byte.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class Expr(str):
    """An appy.pod expression, written as an input field in a paragraph."""


def _attributes(properties):
    return "".join(
        f' {name}="{escape(str(value), {chr(34): "&quot;"})}"'
        for name, value in properties.items()
    )


def _noted(xml, note):
    """``xml`` with ``note`` at the start of its first paragraph."""
    start = xml.index("<text:p")
    end = xml.index(">", start) + 1
    return xml[:end] + note + xml[end:]


def _element(tag, attributes, children=""):
    if children:
        return f"<{tag}{attributes}>{children}</{tag}>"
    return f"<{tag}{attributes}/>"


def _properties(paragraph, text):
    xml = ""
    if paragraph:
        xml += _element("style:paragraph-properties", _attributes(paragraph))
    if text:
        xml += _element("style:text-properties", _attributes(text))
    return xml


def paragraph_style(name, *, parent=None, css_class=None, paragraph=None, text=None):
    """A named paragraph style (``style:style``).

    ``paragraph`` and ``text``: ODF attributes of its paragraph and text
    properties, by qualified name and in order
    (``{"fo:text-align": "end"}``, ``{"fo:font-weight": "bold"}``).
    """
    attributes = {"style:name": name, "style:family": "paragraph"}
    if parent:
        attributes["style:parent-style-name"] = parent
    if css_class:
        attributes["style:class"] = css_class
    return _element(
        "style:style", _attributes(attributes), _properties(paragraph, text)
    )


def default_style(*, paragraph=None, text=None):
    """The default paragraph style (``style:default-style``)."""
    return _element(
        "style:default-style",
        ' style:family="paragraph"',
        _properties(paragraph, text),
    )


def font_face(name, generic="swiss"):
    """A font declaration, for ``TemplateWriter(font_faces=[...])``."""
    return (
        f'<style:font-face style:name="{name}" svg:font-family="&apos;{name}&apos;" '
        f'style:font-family-generic="{generic}"/>'
    )


@dataclass(frozen=True)
class Page:
    """An A4 portrait page and its margins."""

    top: str = "2cm"
    bottom: str = "2cm"
    left: str = "2cm"
    right: str = "2cm"

    def xml(self):
        return (
            '<office:automatic-styles><style:page-layout style:name="pm1">'
            '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            f'style:print-orientation="portrait" fo:margin-top="{self.top}" '
            f'fo:margin-bottom="{self.bottom}" fo:margin-left="{self.left}" '
            f'fo:margin-right="{self.right}"/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles>'
        )


class TemplateWriter:
    """Builds the parts of one family of templates and writes them.

    ``styles``: XML of the named styles (:func:`paragraph_style`,
    :func:`default_style`); include a ``Standard`` paragraph style, the
    one paragraphs use by default. ``font_faces``: ``None`` writes no font
    declarations, a list (maybe empty) writes ``office:font-face-decls``.
    ``author`` and ``date`` sign the statement notes.
    """

    def __init__(
        self,
        *,
        styles=(),
        generator="ia.core.docgen",
        page=Page(),
        font_faces=None,
        author="iA",
        date="2026-01-01T00:00:00",
    ):
        self.styles = list(styles)
        self.generator = generator
        self.page = page
        self.font_faces = font_faces
        self.author = author
        self.date = date

    # content.xml parts

    def note(self, statement):
        """A POD statement note; each line of ``statement`` is a paragraph
        (put a ``from`` clause on a line of its own)."""
        lines = "".join(
            f"<text:p>{escape(line)}</text:p>" for line in statement.splitlines()
        )
        return (
            f"<office:annotation><dc:creator>{escape(self.author)}</dc:creator>"
            f"<dc:date>{self.date}</dc:date>{lines}</office:annotation>"
        )

    def paragraph(self, *parts, style="Standard", do=None):
        """A paragraph of texts and expressions (:class:`Expr`); ``do``: the
        POD statement that repeats, keeps or replaces it."""
        inner = self.note(do) if do else ""
        for part in parts:
            if isinstance(part, Expr):
                inner += (
                    '<text:text-input text:description="">'
                    f"{escape(part)}</text:text-input>"
                )
            else:
                inner += escape(part)
        return f'<text:p text:style-name="{style}">{inner}</text:p>'

    def rich_text(self, expression, placeholder="", style="Standard"):
        """A paragraph replaced by the rendered HTML of ``expression``
        (``do text from ...``)."""
        return self.paragraph(
            placeholder, style=style, do=f"do text\nfrom {expression}"
        )

    def lines(self, *expressions, style="Standard"):
        """One paragraph per expression, in one style."""
        return [
            self.paragraph(Expr(expression), style=style) for expression in expressions
        ]

    def letterhead(
        self,
        name="view.municipality('name')",
        details=("view.municipality_address()",),
        *,
        name_style="Standard",
        details_style="Standard",
    ):
        """The municipality's name, then one line per detail expression."""
        return self.lines(name, style=name_style) + self.lines(
            *details, style=details_style
        )

    def section(self, name, statement, *children):
        """A ``text:section`` of paragraphs that ``statement``
        (``do section for ...``, ``do section if ...``) repeats or keeps; the
        note goes in its first paragraph."""
        if not children:
            raise ValueError(f"Section {name} has no paragraph.")
        first, *rest = children
        first = _noted(first, self.note(statement))
        return f'<text:section text:name="{name}">{first}{"".join(rest)}</text:section>'

    def cell(self, *parts, style="Standard"):
        """A table cell holding one paragraph of texts and expressions."""
        return (
            '<table:table-cell office:value-type="string">'
            f"{self.paragraph(*parts, style=style)}</table:table-cell>"
        )

    def row(self, *cells, do=None):
        """A table row of :meth:`cell` s; ``do``: ``do row for ...``, noted in
        its first cell."""
        if not cells:
            raise ValueError("A table row needs a cell.")
        first, *rest = cells
        if do:
            first = _noted(first, self.note(do))
        return f"<table:table-row>{first}{''.join(rest)}</table:table-row>"

    def table(self, name, columns, *rows, header=None):
        """A table of ``columns`` columns: an optional header row (repeated
        on each page), then ``rows`` (:meth:`row`)."""
        header_xml = (
            f"<table:table-header-rows>{header}</table:table-header-rows>"
            if header
            else ""
        )
        return (
            f'<table:table table:name="{name}">'
            f'<table:table-column table:number-columns-repeated="{columns}"/>'
            f"{header_xml}{''.join(rows)}</table:table>"
        )

    # The files

    def content_xml(self, body):
        return (
            f"{XML_HEADER}<office:document-content {NS} "
            'office:version="1.2"><office:automatic-styles/><office:body><office:text>'
            f"{''.join(body)}</office:text></office:body></office:document-content>"
        )

    def styles_xml(self):
        fonts = ""
        if self.font_faces is not None:
            fonts = _element("office:font-face-decls", "", "".join(self.font_faces))
        return (
            f'{XML_HEADER}<office:document-styles {NS} office:version="1.2">'
            f"{fonts}<office:styles>{''.join(self.styles)}</office:styles>"
            f"{self.page.xml()}</office:document-styles>"
        )

    def meta_xml(self):
        return (
            f"{XML_HEADER}<office:document-meta "
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">'
            f"<office:meta><meta:generator>{escape(self.generator)}</meta:generator>"
            "</office:meta></office:document-meta>"
        )

    def write(self, path, body):
        """Write the ODT at ``path``: ``body`` is the list of paragraphs,
        sections and tables, in order."""
        members = (
            ("META-INF/manifest.xml", MANIFEST),
            ("content.xml", self.content_xml(body)),
            ("styles.xml", self.styles_xml()),
            ("meta.xml", self.meta_xml()),
        )
        with zipfile.ZipFile(path, "w") as odt:
            odt.writestr(zipfile.ZipInfo("mimetype", ZIP_DATE), MIMETYPE)
            for name, data in members:
                info = zipfile.ZipInfo(name, ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                odt.writestr(info, data)
