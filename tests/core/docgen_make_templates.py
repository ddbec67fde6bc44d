"""Write the test ODT templates of ia.core:testing (run once, output is committed).

    .venv/bin/python tests/core/docgen_make_templates.py

Each line is a label and an appy.pod expression (an input field), written by
``ia.core.docgen.odt``.
"""

from ia.core.docgen.odt import Expr
from ia.core.docgen.odt import TemplateWriter
from ia.core.docgen.odt import paragraph_style
from pathlib import Path


TARGET = Path(__file__).parents[2] / "src/ia/core/profiles/testing/templates"
ODT = TemplateWriter(
    styles=[paragraph_style("Standard", css_class="text")],
    generator="ia.core tests",
)


def build(path, lines):
    ODT.write(path, [ODT.paragraph(label, Expr(expr)) for label, expr in lines])


def main(target=TARGET):
    build(
        target / "lettre.odt",
        [
            ("Titre : ", "view.title"),
            ("Description : ", "view.description"),
            ("Référence : ", "view.reference('sans référence')"),
            ("Date : ", "view.date_fr(date=context.created())"),
            ("Commune : ", "view.municipality('name', 'Commune de test')"),
        ],
    )
    build(target / "fiche.odt", [("Fiche : ", "view.title")])


if __name__ == "__main__":
    main()
