"""The suite's refusal: bad input or a forbidden step, with a message for the user.

Every package raises a subclass of :class:`IaError` when it refuses
something (``OrgChartError``, ``NumberingError``, ``DirectoryError``,
``DocgenError``, iA.Delib's ``DelibError``...). The message is an i18n
message (English msgid, French translation); ``str(error)`` is its
translation in the language of the current request (French when there is
none), so logs, status messages and REST answers say the same thing.
``status`` is the HTTP status a REST service answers with
(:meth:`ia.core.rest.IaService.refuse`).

    raise OrgChartError("msg_unknown_service", uid=uid)     # msgid + mapping
    raise DocgenError(_("msg_docgen_bad_body", default=...))  # a ready message
"""

from ia.core import _
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message


class IaError(ValueError):
    status = 400

    def __init__(self, message, **mapping):
        if mapping or not isinstance(message, Message):
            message = _(message, mapping=mapping or None)
        self.message = message
        super().__init__(self.translated())

    def translated(self, request=None) -> str:
        """The message in the request's language (the current one by default)."""
        request = request if request is not None else getRequest()
        if request is None:
            return translate(self.message, target_language="fr")
        return translate(self.message, context=request)

    def __str__(self) -> str:
        return self.translated()


# The refusals by kind, whatever the feature: a feature's error derives from
# its own base and from one of these (``class LinkForbidden(LinkError,
# Forbidden)``), so its status is said once, here.


class LoginRequired(IaError):
    """Anonymous, where a user is needed."""

    status = 401


class Forbidden(IaError):
    """The user may not do this here (a check beyond the permission)."""

    status = 403


class NotFound(IaError):
    """What the request names does not exist, or the user may not see it."""

    status = 404


class Conflict(IaError):
    status = 409
