"""REST: ``POST <incoming>/@ia-acknowledgement``, ``POST <outgoing>/@ia-letter``.

Both answer 201 with the stored attachment (``@id``, ``title``,
``filename``, ``content_type``, ``download``); errors use the suite's
shape (``ia.core.rest``): 400 with the reason, 403, 404/503 from docgen.
"""

from ia.core.docgen.errors import DocgenError
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.letters import acknowledgement
from ia.docs.letters.letter import generate_letter
from ia.docs.letters.views import MODIFY
from ia.docs.letters.views import download_url
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zope.interface import alsoProvides


def read_body(request):
    """The JSON object of the body (``{}`` when empty), or None when malformed."""
    try:
        body = json_body(request) or {}
    except DeserializationError:
        return None
    return body if isinstance(body, dict) else None


BAD_BODY = _("msg_bad_json", default="The body must be a JSON object.")


def describe(attachment):
    return {
        "@id": attachment.absolute_url(),
        "title": attachment.title,
        "filename": attachment.file.filename,
        "content_type": attachment.file.contentType,
        "download": download_url(attachment),
    }


class AcknowledgementPost(IaService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        mail = self.context
        body = read_body(self.request)
        if body is None:
            return self.error(400, BAD_BODY)
        existing = acknowledgement.get_acknowledgement(mail)
        if existing is not None and not body.get("regenerate"):
            return describe(existing)
        if not api.user.has_permission(MODIFY, obj=mail) and not getattr(
            mail, "ack_pending", False
        ):
            return self.error(
                403,
                _(
                    "msg_ack_forbidden",
                    default="You may not generate the acknowledgement of this mail.",
                ),
            )
        try:
            attachment = acknowledgement.create_acknowledgement(mail)
        except ValueError as exc:
            return self.error(400, exc.args[0])
        except DocgenError as exc:
            return self.error(exc.status, exc.message)
        self.request.response.setStatus(201)
        return describe(attachment)


class LetterPost(IaService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not api.user.has_permission(MODIFY, obj=self.context):
            return self.error(
                403,
                _(
                    "msg_letter_forbidden",
                    default="You may not generate the letter of this mail.",
                ),
            )
        body = read_body(self.request)
        if body is None:
            return self.error(400, BAD_BODY)
        output_format = body.get("format")
        if output_format is not None and output_format not in ("odt", "pdf"):
            return self.error(
                400,
                _(
                    "msg_letter_format",
                    default="The format of the letter is odt or pdf.",
                ),
            )
        try:
            letter = generate_letter(self.context, output_format)
        except DocgenError as exc:
            return self.error(exc.status, exc.message)
        self.request.response.setStatus(201)
        return describe(letter)
