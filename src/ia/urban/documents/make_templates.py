"""Write the ODT templates of iA.Urban (run once; the output is committed).

    .venv/bin/python -m ia.urban.documents.make_templates

The fields are appy.pod expressions on the ``view`` of
:mod:`ia.urban.documents.helper`; managers may replace the files in
``/modeles/urbanisme`` with their own.
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
        _style("Right", {"fo:text-align": "end", "fo:margin-top": "0.8cm"}),
        _style(
            "Subject",
            {"fo:margin-top": "0.4cm", "fo:margin-bottom": "0.4cm"},
            {"fo:font-weight": "bold"},
        ),
        _style("Signature", {"fo:margin-left": "10cm", "fo:margin-top": "1cm"}),
    ],
    font_faces=[],
    page=Page(top="1.5cm", left="2.5cm"),
    generator="ia.urban",
)
para = ODT.paragraph
HEAD = ODT.letterhead(
    details=("view.municipality_address()", "view.municipality_contact()"),
    name_style="Letterhead",
    details_style="Small",
) + [
    para(E("line"), style="Address", do="do text for line in view.applicant_lines()"),
    *ODT.lines("view.place_and_date()", style="Right"),
    para("Notre référence : ", E("view.reference()")),
]
CONCERNS = [
    para(
        "Concerne : ",
        E("view.kind_title()"),
        " – ",
        E("view.title"),
        " – ",
        E("view.address()"),
        style="Subject",
    ),
    para("Parcelles cadastrales : ", E("view.parcels()")),
]
SIGNATURE = [
    para("Par le Collège,", style="Signature"),
    para(E("view.municipality('name')"), style="Address"),
]


def acknowledgement():
    """Accusé de réception (D.IV.33): complete file, procedure, decision delay."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Nous accusons réception de votre demande déposée le ",
                E("view.event_date('deposit')"),
                ". Le dossier est complet à la date du ",
                E("view.event_date('acknowledgement')"),
                ".",
            ),
            para(E("line"), do="do text for line in view.procedure_lines()"),
            para(
                "Le Collège communal statuera dans un délai de ",
                E("view.decision_delay()"),
                " jours, soit au plus tard le ",
                E("view.decision_limit()"),
                " (",
                E("view.decision_explanation()"),
                ").",
            ),
            para(
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            ),
        ]
        + SIGNATURE
    )


def missing_documents():
    """Liste des pièces manquantes (D.IV.33) and the 180 days to complete."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Votre demande déposée le ",
                E("view.event_date('deposit')"),
                " est incomplète. Les documents suivants manquent :",
            ),
            para("– ", E("line"), do="do text for line in view.missing_documents()"),
            para(
                "Vous disposez de 180 jours pour compléter votre dossier, soit "
                "jusqu'au ",
                E("view.completion_limit()"),
                ". À défaut, la demande sera déclarée irrecevable.",
            ),
        ]
        + SIGNATURE
    )


def decision():
    """La décision du Collège (octroi ou refus) with its conditions."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Le Collège communal,", style="Subject"),
            para(
                "Vu la demande introduite le ",
                E("view.event_date('deposit')"),
                " et déclarée complète le ",
                E("view.event_date('acknowledgement')"),
                " ;",
            ),
            para("Vu le Code du Développement Territorial ;"),
            para(
                "DÉCIDE en séance du ",
                E("view.event_date('decision')"),
                " : le Collège ",
                E("view.decision()"),
                " le ",
                E("view.kind_title()"),
                " sollicité.",
                style="Subject",
            ),
            para(E("line"), do="do text for line in view.decision_conditions()"),
        ]
        + SIGNATURE
    )


def main(target=TARGET):
    target.mkdir(parents=True, exist_ok=True)
    ODT.write(target / "urb-accuse-reception.odt", acknowledgement())
    ODT.write(target / "urb-pieces-manquantes.odt", missing_documents())
    ODT.write(target / "urb-decision.odt", decision())


if __name__ == "__main__":
    main()
