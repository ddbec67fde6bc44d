"""``POST <outgoing>/@ia-letter`` (optional ``{"format": "odt" | "pdf"}``):
generate and store the letter; answers 201 with the stored attachment
(``@id``, ``title``, ``filename``, ``content_type``, ``download``)."""

from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.letters.api import MODIFY
from ia.docs.letters.api import describe
from ia.docs.letters.letter import generate_letter
from plone import api


class LetterPost(IaService):
    def answer(self):
        if not api.user.has_permission(MODIFY, obj=self.context):
            raise Forbidden(
                _(
                    "msg_letter_forbidden",
                    default="You may not generate the letter of this mail.",
                )
            )
        output_format = self.body().get("format")
        if output_format is not None and output_format not in ("odt", "pdf"):
            raise IaError(
                _(
                    "msg_letter_format",
                    default="The format of the letter is odt or pdf.",
                )
            )
        letter = generate_letter(self.context, output_format)
        self.request.response.setStatus(201)
        return describe(letter)
