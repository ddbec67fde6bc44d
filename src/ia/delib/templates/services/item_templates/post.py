"""``POST <body>/@ia-item-templates`` ``{"template": <uid>, "service": <uid,
optional>}``: a new item from the template; answers 201 ``{"@id", "UID",
"title", "reference", "review_state"}``. Refusals answer 400 with a
translated message (nothing is created)."""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.templates import api as templates_api
from plone import api


class ItemTemplatesPost(IaService):
    def answer(self):
        data = self.body()
        service = data.get("service")
        if service is not None and not isinstance(service, str):
            raise DelibError(_("The service must be a service UID."))
        template = templates_api.find_template(self.context, data.get("template"))
        item = templates_api.item_from_template(self.context, template, service)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", item.absolute_url())
        return {
            "@id": item.absolute_url(),
            "UID": api.content.get_uuid(item),
            "title": item.Title(),
            "reference": getattr(item, "reference", None),
            "review_state": api.content.get_state(item),
        }
