"""Link kinds of iA.Tech (``ia.core.links``).

A council decision ↔ an order uses the core's ``ia.decided_by``; an order
contributes to a PST action (``ia.tech.contributes_to``, manual); a
request duplicates another (``ia.tech.duplicate_of``, set by triage).
"""

from ia.core.links.kinds import LinkKind
from ia.tech import _


DUPLICATE_OF = LinkKind(
    "ia.tech.duplicate_of",
    _("link_duplicate_of", default="Duplicate of"),
    _("link_duplicates", default="Duplicates"),
)
CONTRIBUTES_TO = LinkKind(
    "ia.tech.contributes_to",
    _("link_contributes_to", default="Contributes to"),
    _("link_contributions", default="Work orders"),
    manual=True,
)
