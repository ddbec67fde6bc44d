"""``<meeting>/@ia-convocation``.

``GET``: ``{"convocation_date", "deadline", "delay", "sent", "late",
"message"}`` (dates ``YYYY-MM-DD``, ``null`` when unset or unchecked).
``POST`` ``{"date": "YYYY-MM-DD", "format": "odt"}`` (both optional):
record the day, store the generated convocation in the meeting; answers
201 with the status and the stored document (``"document": {"@id",
"UID", "title"}``). Errors: 400 with a message (bad date, future day,
format not offered), 403 without the right, 503 when LibreOffice is needed
and missing.
"""

from ia.core.docgen.errors import DocgenError
from ia.core.rest import IaService
from ia.delib import _
from ia.delib.documents import convocation
from ia.delib.errors import DelibError
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides
import transaction


class ConvocationGet(IaService):
    def reply(self):
        data = convocation.status(self.context)
        data["@id"] = f"{self.context.absolute_url()}/@ia-convocation"
        return data


class ConvocationPost(IaService):
    def fail(self, status, message):
        transaction.doom()
        return self.error(status, message)

    def _read_body(self):
        """``(date, format)`` from the JSON body; raises ``DelibError``."""
        try:
            body = json_body(self.request)
        except Exception:
            raise DelibError(_("The request body is not valid JSON.")) from None
        if not isinstance(body, dict):
            raise DelibError(_("The request body must be a JSON object."))
        output_format = body.get("format") or "odt"
        if not isinstance(output_format, str):
            raise DelibError(_("The format must be a text such as odt or pdf."))
        return body.get("date") or None, output_format

    def reply(self):
        # A JSON call authenticated by header, like plone.restapi's POSTs.
        alsoProvides(self.request, IDisableCSRFProtection)
        if not api.user.has_permission("Modify portal content", obj=self.context):
            return self.fail(
                403, _("You may not send the convocation of this meeting.")
            )
        try:
            sent, output_format = self._read_body()
            attachment = convocation.send(self.context, sent, output_format)
        except DelibError as exc:
            return self.fail(400, exc.message)
        except DocgenError as exc:
            return self.fail(exc.status, exc.message)
        self.request.response.setStatus(201)
        data = convocation.status(self.context)
        data["@id"] = f"{self.context.absolute_url()}/@ia-convocation"
        data["document"] = {
            "@id": attachment.absolute_url(),
            "UID": api.content.get_uuid(attachment),
            "title": attachment.Title(),
        }
        return data
