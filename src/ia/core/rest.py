"""Building blocks shared by the suite's REST services (plone.restapi)."""

from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


ERROR_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    503: "ServiceUnavailable",
}


def error_body(request, status: int, message, error_type: str | None = None) -> dict:
    """Set ``status`` on the response and return plone.restapi's error shape,
    ``{"error": {"type": ..., "message": ...}}``, the message translated for
    the request's language."""
    request.response.setStatus(status)
    return {
        "error": {
            "type": error_type or ERROR_TYPES.get(status, "Error"),
            "message": translate(message, context=request),
        }
    }


class IaService(Service):
    """Base of the suite's services: one way to answer an error."""

    def error(self, status: int, message, error_type: str | None = None) -> dict:
        return error_body(self.request, status, message, error_type)

    def refuse(self, error) -> dict:
        """The answer to an :class:`ia.core.errors.IaError`: its status, its message."""
        return error_body(self.request, error.status, error.message)


@implementer(IPublishTraverse)
class PathService(IaService):
    """A service that takes path segments: ``@ia-dashboard/to_treat`` gives
    ``self.params == ["to_treat"]``."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self
