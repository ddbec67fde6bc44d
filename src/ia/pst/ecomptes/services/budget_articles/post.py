"""``POST <programme>/@ia-pst-budget-articles``: import budget articles.

Body: ``{"csv": "reference;article;type;year;amount\\nA.3;879/725-60;..."}``,
the accounting's CSV as text (the columns of ``ecomptes.articles``). Every
line is checked before anything is written: one bad line answers 400 with
its number and reason and changes nothing. Answer: ``{"@id", "imported":
<lines>}``.
"""

from ia.core.rest import IaService
from ia.pst.ecomptes.articles import import_articles
from ia.pst.ecomptes.services.access import check_editor


MAX_CSV = 1_000_000  # characters: far above a legislature's articles


class BudgetArticlesPost(IaService):
    def answer(self):
        check_editor(self.context)
        body = self.body()
        text = self.field(body, "csv", str, required=True, max_length=MAX_CSV)
        imported = import_articles(self.context, text.encode("utf-8"))
        return {
            "@id": f"{self.context.absolute_url()}/@ia-pst-budget-articles",
            "imported": imported,
        }
