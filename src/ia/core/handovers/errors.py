"""Refusals of hand-overs, with translatable (French) messages."""

from ia.core.errors import IaError


class HandoverError(IaError):
    """A hand-over refused: not for this document, already done..."""


class UnknownHandover(HandoverError):
    """No hand-over of that id is on offer on this site."""

    status = 404


class HandoverForbidden(HandoverError):
    """The user may not perform this hand-over (for ``check``)."""

    status = 403
