"""Refusals of the links api, with translatable (French) messages."""

from ia.core.errors import IaError


class LinkError(IaError):
    """Bad input for a link: unknown kind, a document linked to itself..."""


class LinkForbidden(LinkError):
    """The user may not add or remove this link."""

    status = 403


class LinkTargetNotFound(LinkError):
    """The target given (reference, UID or URL) is no document of the site."""

    status = 404
