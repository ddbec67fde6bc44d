"""Write the ODT templates of iA.PST (run once; the output is committed).

    .venv/bin/python -m ia.pst.documents.build_templates

The ODT is written by ``ia.core.docgen.odt``; fields are appy expressions
on the helper view (``documents/helper.py``).
"""

from ia.core.docgen.odt import Expr as E
from ia.core.docgen.odt import Page
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import default_style
from ia.core.docgen.odt import paragraph_style
from pathlib import Path


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "pod"

ODT = TemplateWriter(
    styles=[
        default_style(text={"fo:font-size": "10pt"}),
        paragraph_style(
            "Standard", css_class="text", paragraph={"fo:margin-bottom": "0.1cm"}
        ),
        paragraph_style(
            "Title",
            parent="Standard",
            text={"fo:font-size": "16pt", "fo:font-weight": "bold"},
        ),
        paragraph_style(
            "Heading",
            parent="Standard",
            paragraph={"fo:margin-top": "0.4cm"},
            text={"fo:font-size": "12pt", "fo:font-weight": "bold"},
        ),
    ],
    font_faces=[],
    page=Page(top="1.5cm", left="2cm"),
    generator="ia.pst",
    author="iA.PST",
)


def _header(title):
    return [
        ODT.paragraph(E("view.municipality('name')"), style="Heading"),
        ODT.paragraph(title, style="Title"),
        ODT.paragraph(E("view.title")),
        ODT.paragraph("Législature : ", E("view.legislature()")),
        ODT.paragraph(E("view.legal_limit()")),
    ]


def _table(name, headers, fields, loop):
    cells = [ODT.cell(E(f"row['{field}']")) for field in fields]
    return ODT.table(
        name,
        len(fields),
        ODT.row(*cells, do=f"do row for row in {loop}"),
        header=ODT.row(*[ODT.cell(text) for text in headers]),
    )


def programme():
    return [
        *_header("Programme stratégique transversal"),
        ODT.paragraph("Objectifs et actions", style="Heading"),
        _table(
            "Objectives",
            ("Référence", "Intitulé", "État", "Avancement", "Santé", "Budget"),
            ("reference", "title", "state", "progress", "health", "budget"),
            "view.pst_rows()",
        ),
        ODT.paragraph("Indicateurs de résultat", style="Heading"),
        _table(
            "Indicators",
            ("Référence", "Indicateur", "Cible", "Atteint", "Année"),
            ("reference", "label", "target", "reached", "year"),
            "view.pst_indicators()",
        ),
    ]


def evaluation(title, kind):
    return [
        *_header(title),
        ODT.paragraph("Avancement des objectifs et des actions", style="Heading"),
        _table(
            "Evaluation",
            (
                "Référence",
                "Objectif ou action",
                "Avancement",
                "Indicateurs atteints",
                "Commentaire",
            ),
            ("reference", "title", "progress", "indicators", "comment"),
            f"view.pst_evaluation_rows('{kind}')",
        ),
    ]


def services():
    return [
        *_header("Extrait par service"),
        _table(
            "Services",
            ("Service", "Référence", "Action", "État", "Avancement", "Santé"),
            ("service", "reference", "title", "state", "progress", "health"),
            "view.pst_service_rows()",
        ),
    ]


TEMPLATES = {
    "pst-programme.odt": programme,
    "pst-evaluation-mi-parcours.odt": lambda: evaluation(
        "Évaluation à mi-parcours", "midterm"
    ),
    "pst-evaluation-finale.odt": lambda: evaluation("Évaluation finale", "final"),
    "pst-extrait-services.odt": services,
}


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, body in TEMPLATES.items():
        ODT.write(TARGET / name, body())


if __name__ == "__main__":
    main()
