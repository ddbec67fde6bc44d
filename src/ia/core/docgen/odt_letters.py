"""The letter look shared by the products' ODT templates.

One set of paragraph styles (Liberation Sans 11pt, a bold letterhead, the
recipient's address block on the right, the subject in bold, the
signature) and one page (A4, 1.5 cm top, 2.5 cm left), so that a letter of
iA.Docs and one of iA.Urban look alike::

    from ia.core.docgen.odt_letters import letter_writer

    odt = letter_writer("ia.urban", extra=[paragraph_style("Heading", ...)])

Styles: ``Standard``, ``Letterhead``, ``Small`` (the municipality's
details), ``Address`` (the recipient), ``Right`` (place and date),
``Subject``, ``Signature``.
"""

from ia.core.docgen.odt import Page
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import default_style
from ia.core.docgen.odt import paragraph_style


LETTER_PAGE = Page(top="1.5cm", left="2.5cm")


def _style(name, paragraph=None, text=None):
    return paragraph_style(name, parent="Standard", paragraph=paragraph, text=text)


def letter_styles(extra=()):
    """The letter styles (XML), then ``extra`` styles of the caller."""
    return [
        default_style(
            text={
                "style:font-name": "Liberation Sans",
                "fo:font-family": "'Liberation Sans'",
                "fo:font-size": "11pt",
            }
        ),
        paragraph_style(
            "Standard", css_class="text", paragraph={"fo:margin-bottom": "0.1cm"}
        ),
        _style("Letterhead", text={"fo:font-size": "14pt", "fo:font-weight": "bold"}),
        _style("Small", text={"fo:font-size": "9pt"}),
        _style("Address", {"fo:margin-left": "10cm", "fo:margin-bottom": "0cm"}),
        _style(
            "Right",
            {
                "fo:text-align": "end",
                "fo:margin-top": "0.8cm",
                "fo:margin-bottom": "0.8cm",
            },
        ),
        _style(
            "Subject",
            {"fo:margin-top": "0.4cm", "fo:margin-bottom": "0.4cm"},
            {"fo:font-weight": "bold"},
        ),
        _style("Signature", {"fo:margin-left": "10cm", "fo:margin-top": "1cm"}),
        *extra,
    ]


def letter_writer(generator, extra=()):
    """A :class:`TemplateWriter` with the letter styles and page."""
    return TemplateWriter(
        styles=letter_styles(extra),
        font_faces=[],
        page=LETTER_PAGE,
        generator=generator,
    )
