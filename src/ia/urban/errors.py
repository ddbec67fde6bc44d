"""Refusals of iA.Urban: translated messages with an HTTP status."""

from ia.core.errors import Forbidden
from ia.core.errors import IaError


class UrbanError(IaError):
    """Bad input about a licence file (400)."""

    status = 400


class UrbanForbidden(UrbanError, Forbidden):
    """The user may not do this on the file (403)."""

    status = 403
