"""Link kinds: the class, the core's four kinds and their look-up."""

from dataclasses import dataclass
from ia.core import _
from ia.core.links.interfaces import ILinkKind
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.interface import implementer


@implementer(ILinkKind)
@dataclass(frozen=True)
class LinkKind:
    """A kind of link; register it as a named ``ILinkKind`` utility."""

    id: str
    title: str
    reverse_title: str
    symmetric: bool = False
    manual: bool = False


REPLY_TO = LinkKind(
    "ia.reply_to",
    _("link_reply_to", default="In reply to"),
    _("link_replies", default="Replies"),
)
GAVE_RISE_TO = LinkKind(
    "ia.gave_rise_to",
    _("link_gave_rise_to", default="Gave rise to"),
    _("link_arose_from", default="Arose from"),
)
DECIDED_BY = LinkKind(
    "ia.decided_by",
    _("link_decided_by", default="Decided by"),
    _("link_decision_of", default="Decision of"),
    manual=True,
)
RELATED = LinkKind(
    "ia.related",
    _("link_related", default="Related to"),
    _("link_related", default="Related to"),
    symmetric=True,
    manual=True,
)


def get_kind(kind_id: str):
    """The registered kind ``kind_id``, or None."""
    if not isinstance(kind_id, str) or not kind_id:
        return None
    return queryUtility(ILinkKind, name=kind_id)


def all_kinds() -> list:
    """Every registered kind, ordered by id."""
    return sorted((kind for _name, kind in getUtilitiesFor(ILinkKind)), key=_id)


def manual_kinds() -> list:
    return [kind for kind in all_kinds() if kind.manual]


def _id(kind):
    return kind.id
