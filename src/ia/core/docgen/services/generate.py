"""``POST @ia-generate``: generate a template on the content over REST.

Body: ``{"template": "<id or UID>", "format": "pdf", "store": false}``.
Answers the file itself (``Content-Type`` of the format, ``Content-Disposition``
with its name); with ``"store": true`` the document is stored as an
attachment and the answer is ``201`` with JSON ``{"@id", "filename", ...}``.
``GET @ia-generate`` lists the templates usable on the content.
Errors answer JSON ``{"error": {"type", "message"}}`` with 400, 404 or 503.
"""

from ia.core.docgen import api as docgen
from ia.core.docgen import errors
from ia.core.docgen.errors import DocgenError
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides
import json
import plone.protect.interfaces


class GenerateGet(Service):
    def reply(self):
        url = self.context.absolute_url()
        return {
            "@id": f"{url}/@ia-generate",
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


class GeneratePost(Service):
    def render(self):
        self.check_permission()
        try:
            body = json_body(self.request)
        except Exception:
            body = None
        if not isinstance(body, dict):
            return self._error(errors.bad_request_body(), "BadRequest")
        store = bool(body.get("store"))
        try:
            data, filename, mimetype = docgen.generate(
                self.context,
                body.get("template") or "",
                body.get("format") or "odt",
                request=self.request,
            )
            if store:
                alsoProvides(
                    self.request, plone.protect.interfaces.IDisableCSRFProtection
                )
                attachment = docgen.store(self.context, data, filename, mimetype)
        except DocgenError as exc:
            return self._error(exc, type(exc).__name__)
        response = self.request.response
        if store:
            return self._json(
                {
                    "@id": attachment.absolute_url(),
                    "UID": attachment.UID(),
                    "filename": filename,
                    "content-type": mimetype,
                    "size": len(data),
                },
                status=201,
            )
        response.setHeader("Content-Type", mimetype)
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        response.setHeader("Content-Length", str(len(data)))
        return data

    def _json(self, content, status=200):
        self.request.response.setStatus(status)
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(content, indent=2, sort_keys=True)

    def _error(self, exc, error_type):
        message = translate(exc.message, context=self.request)
        return self._json(
            {"error": {"type": error_type, "message": message}}, status=exc.status
        )
