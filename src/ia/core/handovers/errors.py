"""Refusals of hand-overs, with translatable (French) messages."""

from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.errors import NotFound


class HandoverError(IaError):
    """A hand-over refused: not for this document, already done..."""


class UnknownHandover(HandoverError, NotFound):
    """No hand-over of that id is on offer on this site."""


class HandoverForbidden(HandoverError, Forbidden):
    """The user may not perform this hand-over (for ``check``)."""
