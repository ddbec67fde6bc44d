"""``GET @ia-attachments``: the attachments of a document over REST.

Answers ``{"@id", "items_total", "categories": [{"id", "title", "count"}],
"items": [...]}``; ``?category=<id>`` keeps only one category (the counts
always cover every attachment the user may view).
"""

from ia.core import _
from ia.core.behaviors.attachments_catalog import attachments_summary
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService


class AttachmentsGet(IaService):
    def answer(self):
        category = self.request.form.get("category") or None
        if category is not None and not isinstance(category, str):
            raise BadRequestBody(
                _(
                    "msg_attachments_one_category",
                    default="Give one category: ?category=<id>.",
                )
            )
        result = {"@id": f"{self.context.absolute_url()}/@ia-attachments"}
        result.update(attachments_summary(self.context, category=category))
        return result
