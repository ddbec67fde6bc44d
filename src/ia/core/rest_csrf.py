"""CSRF for every REST write of the site, in one place.

plone.protect checks a token on the HTML forms; plone.restapi's own write
services (``@workflow``, ``POST`` on a folder, ``PATCH``, ``@copy``...)
switch that check off, and so may any add-on's. A browser page of another
site can still send a ``text/plain`` or form-encoded ``POST`` with
``Accept: application/json`` (no CORS pre-flight for those) and the
visitor's login cookie.

:func:`refuse_cross_site` runs after traversal (the user is known, no
service has run) on every REST request (``IAPIRequest``): a write method
(POST, PATCH, PUT, DELETE) from a logged-in user that could be a
cross-site request (no JSON content type, no ``Authorization`` header,
see :func:`ia.core.rest.cannot_be_cross_site`) is refused with 403 and
the suite's translated message. Nothing has run, so nothing changed.
Anonymous requests carry no credentials to forge and go on.
"""

from ia.core import rest_vocabularies  # noqa: F401 - installs its rule
from ia.core.rest import MSG_CROSS_SITE
from ia.core.rest import WRITE_METHODS
from ia.core.rest import cannot_be_cross_site
from plone import api
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from zExceptions import Forbidden
from zope.component import adapter
from zope.i18n import translate
from ZPublisher.interfaces import IPubAfterTraversal
import json


class CrossSiteRequest(Forbidden):
    """A REST write that a page of another site could have sent."""


def is_forgeable_write(request) -> bool:
    """A REST write with the login cookie only (see the module)."""
    return (
        IAPIRequest.providedBy(request)
        and request.method in WRITE_METHODS
        and not cannot_be_cross_site(request)
        and not api.user.is_anonymous()
    )


@adapter(IPubAfterTraversal)
def refuse_cross_site(event):
    if is_forgeable_write(event.request):
        raise CrossSiteRequest(translate(MSG_CROSS_SITE, context=event.request))


class RefusedAnswer(ErrorHandling):
    """Exception view: the 403 of :class:`CrossSiteRequest`, in plone.rest's
    shape and the suite's (``{"error": {"type", "message"}}``)."""

    status = 403
    error_type = "Forbidden"

    def __call__(self):
        message = str(self.context.args[0]) if self.context.args else ""
        data = {
            "type": self.error_type,
            "message": message,
            "error": {"type": self.error_type, "message": message},
        }
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(self.status, lock=1)
        response.setBody(json.dumps(data, indent=2, sort_keys=True), lock=1)
        response._has_challenged = True
