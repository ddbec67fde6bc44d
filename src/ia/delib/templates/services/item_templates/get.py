"""``GET <body>/@ia-item-templates``: ``{"items": [{"UID", "title",
"recurring", "services": [uid...]}]}``, the templates the user may use."""

from ia.core.rest import IaService
from ia.delib.templates import api as templates_api
from plone import api


class ItemTemplatesGet(IaService):
    def answer(self):
        userid = api.user.get_current().getId()
        rows = [
            {
                "UID": api.content.get_uuid(template),
                "title": template.title,
                "recurring": bool(template.recurring),
                "services": templates_api.services_for_template(template, userid),
            }
            for template in templates_api.usable_templates(self.context, userid)
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@ia-item-templates",
            "items": rows,
            "items_total": len(rows),
        }
