"""Refusals of the links api, with translatable (French) messages."""

from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.errors import NotFound


class LinkError(IaError):
    """Bad input for a link: unknown kind, a document linked to itself..."""


class LinkForbidden(LinkError, Forbidden):
    """The user may not add or remove this link."""


class LinkTargetNotFound(LinkError, NotFound):
    """The target given (reference, UID or URL) is no document of the site."""
