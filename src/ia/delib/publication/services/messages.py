"""What the public services share: the 404 messages, the meetings by year.

``GET <meeting>/@ia-public-agenda``, ``GET <body>/@ia-public-meetings`` and
``GET <site>/@ia-public-meetings`` answer what ``ia.delib.publication``
computes; a meeting that is not public (not published yet, or of a body
whose meetings are not public) answers 404, as if it did not exist.
"""

from ia.core.errors import NotFound
from ia.delib import _
from ia.delib import publication


NOT_PUBLIC = _("This meeting is not public.")
BODY_NOT_PUBLIC = _("The meetings of this body are not public.")


class NotPublic(NotFound):
    """Not public: answered as if it did not exist."""


def meetings_by_year(meetings) -> list[dict]:
    return [
        {
            "year": group["year"],
            "meetings": [publication.meeting_summary(m) for m in group["meetings"]],
        }
        for group in publication.by_year(meetings)
    ]
