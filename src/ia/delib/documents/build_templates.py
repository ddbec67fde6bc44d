"""Write the ODT templates of iA.Delib (run after a change, commit the output).

    .venv/bin/python -m ia.delib.documents.build_templates

Expressions are appy.pod expressions in input fields (``text:text-input``);
statements (``do text for ...``, ``do section for ...``, ``do text from ...``)
are comments (``office:annotation``). Every value comes from the helper view
``ia.delib.documents.helper.DelibHelperView`` (``view``): no logic here.
The ODT itself is written by ``ia.core.docgen.odt``.
"""

from ia.core.docgen.odt import Expr as E
from ia.core.docgen.odt import Page
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import font_face
from ia.core.docgen.odt import paragraph_style
from pathlib import Path


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"


def _style(name, *, bold=False, size=None, align=None, space=None):
    """A paragraph style over ``Standard``: bold, size, alignment, space above."""
    text = {"fo:font-weight": "bold"} if bold else {}
    if size:
        text["fo:font-size"] = size
    paragraph = {"fo:text-align": align} if align else {}
    if space:
        paragraph.update({"fo:margin-top": space, "fo:margin-bottom": "0.2cm"})
    return paragraph_style(
        name, parent="Standard", css_class="text", paragraph=paragraph, text=text
    )


ODT = TemplateWriter(
    styles=[
        paragraph_style(
            "Standard",
            css_class="text",
            paragraph={"fo:margin-bottom": "0.15cm"},
            text={"style:font-name": "Liberation Sans", "fo:font-size": "11pt"},
        ),
        _style("Ia_Title", bold=True, size="16pt", align="center", space="0.4cm"),
        _style("Ia_Heading", bold=True, size="13pt", space="0.4cm"),
        _style("Ia_Subheading", bold=True, size="11pt", space="0.3cm"),
        _style("Ia_Right", align="end"),
        _style("Ia_Spaced", space="0.4cm"),
    ],
    font_faces=[font_face("Liberation Sans")],
    page=Page(left="2.2cm"),
    generator="ia.delib build_templates",
    author="iA.Delib",
    date="2026-11-23T00:00:00",
)
p = ODT.paragraph
section = ODT.section


def rich(expression):
    """A paragraph replaced by rich text (``do text from ...``)."""
    return ODT.rich_text(expression, placeholder="(texte)")


def header():
    return ODT.letterhead(
        "view.municipality('name', '')",
        ("view.body_title()",),
        name_style="Ia_Subheading",
    )


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


def agenda_sections(public_only=False):
    """The agenda in sections, with the category headings and numbers of the
    minutes (no empty heading)."""
    call = f"view.agenda_sections({public_only})"
    return section(
        f"agenda_{'public' if public_only else 'all'}",
        f"do section for part in {call}",
        p(E("part['heading']"), style="Ia_Heading"),
        section(
            f"agenda_rows_{'public' if public_only else 'all'}",
            "do section for row in part['rows']",
            p(
                E("row['heading']"),
                style="Ia_Subheading",
                do="do text if row['heading']",
            ),
            p(
                E("row['number']"),
                ". ",
                E("row['title']"),
                E("' (urgence)' if row['urgency'] else ''"),
            ),
        ),
    )


def convocation():
    return [
        *header(),
        p(E("view.convocation_date()"), style="Ia_Right"),
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
        agenda_sections(),
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
        agenda_sections(public_only=True),
    ]


def signatures():
    """The extract's and convocation's formula: "Par ordonnance", signed by
    the body's signatories."""
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


def _signature_cell(index):
    """One signatory: role, room to sign, name (a cell of paragraphs, so
    that the block never splits over two pages)."""
    return (
        '<table:table-cell office:value-type="string">'
        + p(E(f"view.pv_signature({index}, 'role')"), ",")
        + p("")
        + p("")
        + p(E(f"view.pv_signature({index}, 'name')"))
        + "</table:table-cell>"
    )


def pv_signatures():
    """The minutes end with the signatures of the DG and who presides."""
    return [
        p("Par le Conseil,", style="Ia_Subheading"),
        ODT.table(
            "signatures",
            2,
            ODT.row(_signature_cell(0), _signature_cell(1)),
        ),
    ]


def item_body(row):
    """One item as the minutes and the extract print it."""
    r = lambda key: f"{row}['{key}']"  # noqa: E731
    return [
        p(E(r("intro")), do=f"do text if {r('intro')}"),
        p(E(r("urgency")), do=f"do text if {r('urgency')}"),
        rich(r("motivation")),
        p(E(r("presence")), do=f"do text if {r('presence')}"),
        p(E(r("vote")), do=f"do text if {r('vote')}"),
        p(E(r("verb")), style="Ia_Subheading", do=f"do text if {r('verb')}"),
        rich(r("decision")),
    ]


def attendance():
    groups = (
        ("presents", "Présents :"),
        ("excused", "Excusés :"),
        ("absents", "Absents :"),
    )
    result = []
    for key, label in groups:
        result += [
            p(
                label,
                style="Ia_Subheading",
                do=f"do text if view.pv_attendance()['{key}']",
            ),
            p(E("line"), do=f"do text for line in view.pv_attendance()['{key}']"),
        ]
    return result


def extract():
    return [
        *header(),
        p("Extrait du registre aux délibérations", style="Ia_Title"),
        p(
            "Séance du ",
            E("view.body_title()"),
            " du ",
            E("view.meeting_day()"),
            do="do text if view.meeting_day()",
        ),
        *attendance(),
        p(E("view.presiding_text()"), do="do text if view.presiding_text()"),
        p(
            "Point n° ",
            E("view.extract_row()['number']"),
            " : ",
            E("view.title"),
            style="Ia_Heading",
            do="do text if view.extract_row()['number']",
        ),
        p(
            E("view.title"),
            style="Ia_Heading",
            do="do text if not view.extract_row()['number']",
        ),
        p(
            "Décision prise en séance à huis clos.",
            do="do text if view.extract_row()['closed']",
        ),
        *item_body("view.extract_row()"),
        p("Pour extrait conforme,", style="Ia_Subheading"),
        *signatures(),
    ]


def minutes():
    return [
        *header(),
        p("Procès-verbal", style="Ia_Title"),
        p(
            "Séance du ",
            E("view.body_title()"),
            " du ",
            E("view.meeting_day()"),
            ".",
            style="Ia_Subheading",
        ),
        p("Lieu : ", E("view.meeting_place()"), do="do text if view.meeting_place()"),
        *attendance(),
        p("Invités :", style="Ia_Subheading", do="do text if view.guests()"),
        p(E("guest"), do="do text for guest in view.guests()"),
        p(
            E("view.presiding_text()"),
            style="Ia_Spaced",
            do="do text if view.presiding_text()",
        ),
        p(E("view.opening_text()"), do="do text if view.opening_text()"),
        section(
            "pv_sections",
            "do section for part in view.pv_sections()",
            p(E("part['heading']"), style="Ia_Heading"),
            section(
                "pv_items",
                "do section for row in part['rows']",
                p(
                    E("row['heading']"),
                    style="Ia_Heading",
                    do="do text if row['heading']",
                ),
                p(E("row['number']"), ". ", E("row['title']"), style="Ia_Subheading"),
                *item_body("row"),
            ),
        ),
        p(E("view.closing_text()"), do="do text if view.closing_text()"),
        *pv_signatures(),
    ]


TEMPLATES = {
    "convocation.odt": convocation,
    "ordre-du-jour-public.odt": public_agenda,
    "extrait.odt": extract,
    "proces-verbal.odt": minutes,
}


def main(target=TARGET):
    target.mkdir(parents=True, exist_ok=True)
    for filename, paragraphs in TEMPLATES.items():
        ODT.write(target / filename, paragraphs())


if __name__ == "__main__":
    main()
