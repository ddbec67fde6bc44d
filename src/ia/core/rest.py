"""The suite's REST base service (plone.restapi): one way to read, refuse, protect.

An endpoint lives in ``<feature>/services/<noun>/`` (a ``configure.zcml`` and
``get.py``, ``post.py``...) and subclasses :class:`IaService`. It implements
``answer()``, reads its body with :meth:`IaService.body` and
:meth:`IaService.field`, and refuses by raising an
:class:`ia.core.errors.IaError` subclass: the base answers
``{"error": {"type", "message"}}`` with the error's status and its message
translated, and dooms the transaction (nothing half-written).

CSRF is handled here only: a write request (POST, PATCH, PUT, DELETE) that
cannot be a cross-site form post (a JSON content type, or an
``Authorization`` header) runs without plone.protect's automatic check; any
other write request of a logged-in user (the login cookie) is refused with
403 before the service does anything. An anonymous request carries no
credentials to forge: it goes on, plone.protect's check untouched.
"""

from datetime import date
from ia.core import _
from ia.core import validation
from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.rest_errors import MSG_NOT_AN_OBJECT
from ia.core.rest_errors import MSG_NOT_JSON
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from plone.restapi.services import _no_content_marker
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse
import json
import transaction


ERROR_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    503: "ServiceUnavailable",
}
WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})
JSON_TYPE = "application/json"


class BadRequestBody(IaError):
    """The request body is not a JSON object, or a field of it is wrong."""

    status = 400


class CrossSiteRefused(Forbidden):
    """A write request that a cross-site form could have sent."""


MSG_CROSS_SITE = _(
    "msg_rest_cross_site",
    default="This request is refused: send it as JSON (Content-Type: "
    "application/json) or with an Authorization header.",
)

# The kind of value each reader expects, for the one "must be" message.
KINDS = {
    str: _("rest_kind_text", default="a text"),
    int: _("rest_kind_int", default="a whole number"),
    bool: _("rest_kind_bool", default="true or false"),
    list: _("rest_kind_list", default="a list of texts"),
    date: _("rest_kind_date", default="a date (YYYY-MM-DD)"),
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


def cannot_be_cross_site(request) -> bool:
    """A browser sends neither a JSON content type nor an ``Authorization``
    header cross-site without a CORS preflight: such a request is not a
    forged form post."""
    content_type = (request.getHeader("Content-Type") or "").split(";")[0]
    if content_type.strip().lower() == JSON_TYPE:
        return True
    # ZPublisher moves the Authorization header out of the environment.
    return bool(getattr(request, "_auth", None) or request.getHeader("Authorization"))


class IaService(Service):
    """Base of the suite's services: CSRF, the JSON body, one way to refuse.

    A service implements ``answer()``: the JSON-ready answer, or an
    ``IaError`` raised to refuse. A service that overrides ``reply()``
    instead keeps :meth:`error` and :meth:`refuse`.
    """

    def render(self):
        """As plone.restapi's, except that ``bytes`` (a file whose headers
        ``answer()`` has set) are sent as they are."""
        self.check_permission()
        content = self.reply()
        if isinstance(content, bytes):
            return content
        if content is _no_content_marker:
            return None
        self.request.response.setHeader("Content-Type", self.content_type)
        return json.dumps(content, indent=2, sort_keys=True, separators=(", ", ": "))

    def reply(self):
        try:
            self.protect()
            return self.answer()
        except IaError as error:
            transaction.doom()
            return self.refuse(error)

    def protect(self):
        """CSRF, for every write method, in one place."""
        if self.request.method not in WRITE_METHODS:
            return
        if cannot_be_cross_site(self.request):
            alsoProvides(self.request, IDisableCSRFProtection)
        elif not api.user.is_anonymous():
            # Credentials a forged form could carry (the login cookie).
            raise CrossSiteRefused(MSG_CROSS_SITE)

    def error(self, status: int, message, error_type: str | None = None) -> dict:
        return error_body(self.request, status, message, error_type)

    def refuse(self, error) -> dict:
        """The answer to an :class:`ia.core.errors.IaError`: its status, its message."""
        return error_body(self.request, error.status, error.message)

    def body(self) -> dict:
        """The JSON object sent as body (``{}`` when there is no body)."""
        raw = self.request.get("BODY") or b""
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "replace")
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise BadRequestBody(MSG_NOT_JSON) from None
        if not isinstance(data, dict):
            raise BadRequestBody(MSG_NOT_AN_OBJECT)
        # Every text of the body, whatever the service reads: the core's cap,
        # no NUL nor broken Unicode (a field's own limit: ``field``).
        return validation.check_tree(data)

    def field(  # noqa: PLR0912 - one branch per kind of value
        self,
        data: dict,
        name: str,
        kind=str,
        *,
        required: bool = False,
        default=None,
        max_length: int | None = None,
        item_max_length: int | None = None,
    ):
        """``data[name]`` checked as ``kind`` (``str``, ``int``, ``bool``,
        ``list`` (of texts, each at most ``item_max_length``), ``date``);
        ``default`` when absent or empty."""
        value = data.get(name)
        if value is None or value in ("", []):
            if required:
                raise BadRequestBody(
                    _(
                        "msg_rest_field_required",
                        default="The field '${field}' is required.",
                        mapping={"field": name},
                    )
                )
            return default
        value = _checked(name, value, kind)
        if kind in (str, list) and max_length is not None and len(value) > max_length:
            raise BadRequestBody(
                _(
                    "msg_rest_field_too_long",
                    default="The field '${field}' is too long (at most ${max}).",
                    mapping={"field": name, "max": max_length},
                )
            )
        # Every text: a length limit, no NUL nor broken Unicode; dates sane.
        if kind is str:
            validation.check_text(name, value, max_length)
        elif kind is list:
            for item in value:
                validation.check_text(name, item, item_max_length)
        elif kind is date:
            validation.check_date(name, value)
        return value


def _checked(name, value, kind):
    ok = True
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is str:
        ok = isinstance(value, str)
    elif kind is list:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif kind is date:
        try:
            value = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            value = None
        ok = value is not None
    if not ok:
        raise BadRequestBody(
            _(
                "msg_rest_field_kind",
                default="The field '${field}' must be ${kind}.",
                mapping={"field": name, "kind": KINDS[kind]},
            )
        )
    return value


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
