"""iA.Tech's refusals (``ia.core.errors``): one base, the status by kind."""

from ia.core.errors import Conflict
from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.errors import NotFound


class TechError(IaError):
    """Bad input for a work request, an order, a booking (400)."""


class TechForbidden(TechError, Forbidden):
    """The user may not take this step here (403)."""


class TechNotFound(TechError, NotFound):
    """What the request names does not exist (404)."""


class TechConflict(TechError, Conflict):
    """The step does not fit the document's state, or a booking overlaps (409)."""


class TooManyRequests(TechError):
    """The Open311 rate limit of a client address was reached (429)."""

    status = 429
