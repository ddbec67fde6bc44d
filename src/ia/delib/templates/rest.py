"""``<body>/@ia-item-from-template``.

::

    GET  -> {"items": [{"UID", "title", "recurring", "services": [uid...]}]}
    POST {"template": <uid>, "service": <uid, optional>}
         -> 201 {"@id", "UID", "title", "reference", "review_state"}

Refusals answer 400 with a translated message (nothing is created).
"""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.templates import api as templates_api
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides
import transaction


class ItemFromTemplateGet(IaService):
    def reply(self):
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
            "@id": f"{self.context.absolute_url()}/@ia-item-from-template",
            "items": rows,
            "items_total": len(rows),
        }


class ItemFromTemplatePost(IaService):
    def reply(self):
        # A JSON API call (authenticated by header): no CSRF token to check.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            return self.error(400, _("The request body must be a JSON object."))
        service = data.get("service")
        if service is not None and not isinstance(service, str):
            return self.error(400, _("The service must be a service UID."))
        try:
            template = templates_api.find_template(self.context, data.get("template"))
            item = templates_api.item_from_template(self.context, template, service)
        except DelibError as exc:
            transaction.doom()
            return self.error(400, exc.message)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", item.absolute_url())
        return {
            "@id": item.absolute_url(),
            "UID": api.content.get_uuid(item),
            "title": item.Title(),
            "reference": getattr(item, "reference", None),
            "review_state": api.content.get_state(item),
        }
