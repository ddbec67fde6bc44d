"""A request body that plone.restapi cannot read is the client's error: 400.

plone.restapi's ``json_body`` raises ``DeserializationError`` when the body
is not JSON (``{oops``) or not a JSON object (``[1, 2]``). Many services
(``POST`` on a container, the rules and types control panels, copy/move...)
call it outside any ``try``, so the error reached plone.rest's generic
exception view, which answers 500 with a traceback for managers.

:class:`UnreadableBody` is a more specific exception view for
``DeserializationError`` on REST requests (``IAPIRequest``): it answers 400
with a clear, translated message. The publisher has already aborted the
transaction when an exception view runs, so nothing is created or changed.

The body has plone.rest's exception shape (``type``, ``message``,
``context``), and the same type and message under ``error`` as in the
suite's services (:func:`ia.core.rest.error_body`), so a client reading
either shape finds the message.
"""

from ia.core import _
from plone.rest.errors import ErrorHandling
from zope.i18n import translate
import json


# The two messages of plone.restapi.deserializer.json_body.
NOT_JSON = "No JSON object could be decoded"
NOT_AN_OBJECT = "Malformed body"

MSG_NOT_JSON = _(
    "msg_rest_body_not_json",
    default="The request body is not valid JSON: send a JSON object "
    "with the header Content-Type: application/json.",
)
MSG_NOT_AN_OBJECT = _("The request body must be a JSON object.")


def message_for(error) -> str:
    """The user's message for a ``DeserializationError``, as an i18n message."""
    detail = getattr(error, "msg", None) or str(error)
    if detail == NOT_JSON:
        return MSG_NOT_JSON
    if detail == NOT_AN_OBJECT:
        return MSG_NOT_AN_OBJECT
    return _(
        "msg_rest_body_unreadable",
        default="The request body could not be read: ${detail}",
        mapping={"detail": str(detail)},
    )


class UnreadableBody(ErrorHandling):
    """Exception view: ``DeserializationError`` on a REST request is a 400."""

    def __call__(self):
        message = translate(message_for(self.context), context=self.request)
        data = self.render_exception(self.context) or {}
        data.pop("traceback", None)
        data.update(
            type="BadRequest",
            message=message,
            error={"type": "BadRequest", "message": message},
        )
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(400, lock=1)
        response.setBody(json.dumps(data, indent=2, sort_keys=True), lock=1)
        response._has_challenged = True


class RefusedValue(ErrorHandling):
    """Exception view: an :class:`ia.core.errors.IaError` that reaches the
    publisher on a REST request (raised by a subscriber, e.g. a workflow
    comment refused during ``@workflow``) answers the error's status and
    translated message, in the same shape as :class:`UnreadableBody`. The
    publisher has aborted the transaction: nothing is written."""

    def __call__(self):
        status = getattr(self.context, "status", 400)
        message = self.context.translated(self.request)
        error_type = {401: "Unauthorized", 403: "Forbidden", 404: "NotFound"}.get(
            status, "Conflict" if status == 409 else "BadRequest"
        )
        data = {
            "type": error_type,
            "message": message,
            "error": {"type": error_type, "message": message},
        }
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(status, lock=1)
        response.setBody(json.dumps(data, indent=2, sort_keys=True), lock=1)
        response._has_challenged = True
