"""Replies: an outgoing mail answers one or more incoming mails.

The link is stored once, on the outgoing mail (``replies_to``, a relation
list); the incoming side is a lookup in the relation catalog
(:func:`replies_of`), so both directions always agree.
"""

from ia.docs import _
from ia.docs.area import get_mail_area
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


INCOMING = "IaIncomingMail"
OUTGOING = "IaOutgoingMail"
RELATION = "replies_to"


def replied_mails(outgoing) -> list:
    """The incoming mails ``outgoing`` replies to (broken relations skipped)."""
    result = []
    for relation in getattr(outgoing, RELATION, None) or ():
        target = None if relation.isBroken() else relation.to_object
        if target is not None:
            result.append(target)
    return result


def replies_of(incoming) -> list:
    """The outgoing mails that reply to ``incoming`` (back-reference)."""
    relations = api.relation.get(
        target=incoming, relationship=RELATION, unrestricted=False
    )
    return [r.from_object for r in relations if r.from_object is not None]


def reply_title(incoming) -> str:
    title = incoming.title or ""
    return title if title.lower().startswith("re:") else f"Re: {title}"


def reply_values(incoming) -> dict:
    """The fields of a new reply pre-filled from ``incoming``."""
    intids = getUtility(IIntIds)
    return {
        "title": reply_title(incoming),
        "recipients": [incoming.sender] if getattr(incoming, "sender", None) else [],
        "responsible_services": list(
            getattr(incoming, "responsible_services", None) or ()
        ),
        "copy_services": list(getattr(incoming, "copy_services", None) or ()),
        "assigned_agent": getattr(incoming, "assigned_agent", None),
        RELATION: [RelationValue(intids.getId(incoming))],
    }


def create_reply(incoming, **overrides):
    """Create an outgoing mail replying to ``incoming`` in the mail area.

    The current user must be allowed to add mail there (an encoder, the
    administrators); raises ``ValueError`` when ``incoming`` is not an
    incoming mail or the mail area is missing.
    """
    if getattr(incoming, "portal_type", None) != INCOMING:
        raise ValueError(
            _(
                "msg_reply_not_incoming",
                default="Only an incoming mail can be answered.",
            )
        )
    area = get_mail_area()
    if area is None:
        raise ValueError(
            _("msg_no_mail_area", default="The mail area /courrier is missing.")
        )
    values = reply_values(incoming)
    values.update(overrides)
    return api.content.create(container=area, type=OUTGOING, **values)
