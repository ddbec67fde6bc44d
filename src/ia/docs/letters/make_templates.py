"""Write the ODT templates of iA.Docs (run once; the output is committed).

    .venv/bin/python -m ia.docs.letters.make_templates

Fields are appy.pod expressions in input fields (``text:text-input``);
statements (``do text for ...``, ``do text from ...``) are notes
(``office:annotation``) in the paragraph they repeat or replace.
Managers may replace the files in ``/modeles/courrier`` with their own.
The ODT itself is written by ``ia.core.docgen.odt`` with the letter styles
of ``ia.core.docgen.odt_letters``.
"""

from ia.core.docgen.odt import Expr as E
from ia.core.docgen.odt_letters import letter_writer
from pathlib import Path


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"
ODT = letter_writer("ia.docs")
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
