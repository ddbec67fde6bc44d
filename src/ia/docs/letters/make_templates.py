"""Write the ODT templates of iA.Docs (run once; the output is committed).

    .venv/bin/python -m ia.docs.letters.make_templates

Fields are appy.pod expressions in input fields (``text:text-input``);
statements (``do text for ...``, ``do text from ...``) are notes
(``office:annotation``) in the paragraph they repeat or replace.
Managers may replace the files in ``/modeles/courrier`` with their own.
The ODT itself is written by ``ia.core.docgen.odt``.
"""

from ia.core.docgen.odt import Expr as E
from ia.core.docgen.odt import Page
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import default_style
from ia.core.docgen.odt import paragraph_style
from pathlib import Path


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"


def _style(name, paragraph=None, text=None):
    return paragraph_style(name, parent="Standard", paragraph=paragraph, text=text)


ODT = TemplateWriter(
    styles=[
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
    ],
    font_faces=[],
    page=Page(top="1.5cm", left="2.5cm"),
    generator="ia.docs",
)
para = ODT.paragraph
LETTERHEAD = ODT.letterhead(
    details=("view.municipality_address()", "view.municipality_contact()"),
    name_style="Letterhead",
    details_style="Small",
)
PLACE_DATE = ODT.lines("view.place_and_date()", style="Right")


def recipient(method):
    return [para(E("line"), style="Address", do=f"do text for line in {method}")]


def reply_letter():
    return (
        LETTERHEAD
        + recipient("view.recipient_lines()")
        + PLACE_DATE
        + [
            para("Notre référence : ", E("view.reference()")),
            para(
                E("line"),
                do="do text for line in view.your_references()",
            ),
            para("Concerne : ", E("view.title"), style="Subject"),
            ODT.rich_text("view.body()"),
            para(E("view.signatory_name()"), style="Signature"),
            para(E("view.signatory_function()"), style="Address"),
        ]
    )


def acknowledgement():
    return (
        LETTERHEAD
        + recipient("view.sender_lines()")
        + PLACE_DATE
        + [
            para("Notre référence : ", E("view.reference()")),
            para("Concerne : Accusé de réception", style="Subject"),
            para("Madame, Monsieur,"),
            para(
                "Nous accusons bonne réception de votre courrier « ",
                E("view.title"),
                " », reçu le ",
                E("view.date_fr('reception_date')"),
                ".",
            ),
            para(
                "Il a été enregistré sous la référence ",
                E("view.reference()"),
                " et transmis pour traitement au service ",
                E("view.treating_services()"),
                ".",
            ),
            para(E("view.due_sentence()")),
            para(
                "Pour tout renseignement, veuillez rappeler cette référence : ",
                E("view.municipality_contact()"),
                ".",
            ),
            para(
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            ),
            para("Pour l'Administration communale,", style="Signature"),
            para(E("view.municipality('name')"), style="Address"),
        ]
    )


def main(target=TARGET):
    target.mkdir(parents=True, exist_ok=True)
    ODT.write(target / "lettre-reponse.odt", reply_letter())
    ODT.write(target / "accuse-reception.odt", acknowledgement())


if __name__ == "__main__":
    main()
