"""``POST <meeting>/@ia-convocation`` ``{"date": "YYYY-MM-DD", "format": "odt"}``
(both optional): record the day, store the generated convocation in the
meeting; answers 201 with the status and the stored document (``"document":
{"@id", "UID", "title"}``). Errors: 400 with a message (bad date, future
day, format not offered), 403 without the right, 503 when LibreOffice is
needed and missing."""

from ia.core.errors import Forbidden
from ia.core.rest import IaService
from ia.delib import _
from ia.delib.documents import convocation
from ia.delib.errors import DelibError
from plone import api


class ConvocationPost(IaService):
    def answer(self):
        if not api.user.has_permission("Modify portal content", obj=self.context):
            raise Forbidden(_("You may not send the convocation of this meeting."))
        body = self.body()
        output_format = body.get("format") or "odt"
        if not isinstance(output_format, str):
            raise DelibError(_("The format must be a text such as odt or pdf."))
        sent = body.get("date") or None
        attachment = convocation.send(self.context, sent, output_format)
        self.request.response.setStatus(201)
        data = convocation.status(self.context)
        data["@id"] = f"{self.context.absolute_url()}/@ia-convocation"
        data["document"] = {
            "@id": attachment.absolute_url(),
            "UID": api.content.get_uuid(attachment),
            "title": attachment.Title(),
        }
        return data
