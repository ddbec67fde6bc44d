"""``GET @ia-documents``: the templates usable on the content."""

from ia.core.docgen import api as docgen
from ia.core.rest import IaService


class DocumentsGet(IaService):
    def answer(self):
        url = self.context.absolute_url()
        return {
            "@id": f"{url}/@ia-documents",
            "items": [
                {
                    "id": template.getId(),
                    "UID": template.UID(),
                    "title": template.Title(),
                    "formats": list(template.get_available_formats() or []),
                }
                for template in docgen.templates_for(self.context)
            ],
            "can_store": docgen.can_store(self.context),
        }
