"""Replies: an outgoing mail answers one or more incoming mails.

The link is an ``ia.reply_to`` link of the core (outgoing → incoming),
read from both ends with ``ia.core.links.api``. A reply is made by the
hand-over ``ia.docs.reply`` (:mod:`ia.docs.handovers.reply`), which
:func:`create_reply` goes through.
"""

from ia.core.handovers import api as handovers
from ia.core.links import api as links


INCOMING = "IaIncomingMail"
OUTGOING = "IaOutgoingMail"
REPLY_KIND = "ia.reply_to"
HANDOVER = "ia.docs.reply"


def replied_mails(outgoing, unrestricted=False) -> list:
    """The incoming mails ``outgoing`` replies to."""
    return links.targets(source=outgoing, kind=REPLY_KIND, unrestricted=unrestricted)


def replies_of(incoming, unrestricted=False) -> list:
    """The outgoing mails that reply to ``incoming``."""
    return links.sources(target=incoming, kind=REPLY_KIND, unrestricted=unrestricted)


def reply_title(incoming) -> str:
    title = incoming.title or ""
    return title if title.lower().startswith("re:") else f"Re: {title}"


def reply_values(incoming) -> dict:
    """The fields of a new reply pre-filled from ``incoming``."""
    return {
        "title": reply_title(incoming),
        "recipients": [incoming.sender] if getattr(incoming, "sender", None) else [],
        "responsible_services": list(
            getattr(incoming, "responsible_services", None) or ()
        ),
        "copy_services": list(getattr(incoming, "copy_services", None) or ()),
        "assigned_agent": getattr(incoming, "assigned_agent", None),
    }


def create_reply(incoming, title=None, **fields):
    """The reply of ``incoming`` made by the hand-over (its checks, its
    link), then ``fields`` set on it (the demo's letter body, send modes)."""
    options = {"title": title} if title else {}
    reply = handovers.hand_over(source=incoming, handover=HANDOVER, **options)
    for name, value in fields.items():
        setattr(reply, name, value)
    if fields:
        reply.reindexObject()
    return reply
