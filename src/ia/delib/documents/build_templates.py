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


def main(target=TARGET):
    target.mkdir(parents=True, exist_ok=True)
    for filename, paragraphs in TEMPLATES.items():
        ODT.write(target / filename, paragraphs())


if __name__ == "__main__":
    main()
