"""*Répondre*: the outgoing reply of an incoming mail, in ``/courrier``.

Offered to who treats the mail (he may modify it, or is its agent or one
of its services' editors, managers or encoders) and to who may add mail
in ``/courrier`` (the mail office). The reply is created with a Manager's
rights — the agent may not add content to ``/courrier`` — but in the
user's name: he is its creator and owner, and, with the mail's services
and agent copied on it, may edit it while it is ``created``.
Link: ``ia.reply_to`` reply → incoming mail (made from the target), not once.
"""

from ia.core.errors import IaError
from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.security import create_for_user
from ia.docs import _
from ia.docs.area import get_mail_area
from ia.docs.content import IIncomingMail
from ia.docs.replies import OUTGOING
from ia.docs.replies import reply_values
from plone import api


MODIFY = "Modify portal content"
TREATING_ROLES = {"IaAgent", "IaEditor", "IaServiceManager", "IaEncoder"}


class ReplyError(IaError):
    """The reply may not be made (the message says why)."""


class ReplyForbidden(ReplyError, HandoverForbidden):
    """Who neither treats the mail nor may add mail in the mail area."""


def _may_add_mail(area) -> bool:
    if not api.user.has_permission("Add portal content", obj=area):
        return False
    fti = api.portal.get_tool("portal_types").get(OUTGOING)
    return fti is not None and fti.isConstructionAllowed(area)


def may_reply(incoming, area) -> bool:
    """Who treats ``incoming``, or who may add mail in the mail area."""
    if api.user.has_permission(MODIFY, obj=incoming):
        return True
    roles = set(api.user.get_current().getRolesInContext(incoming))
    return bool(roles & TREATING_ROLES) or _may_add_mail(area)


class ReplyHandover(Handover):
    id = "ia.docs.reply"
    title = _("handover_reply", default="Reply")
    description = _(
        "help_reply",
        default="An outgoing mail will be created in the mail area with the "
        "sender as recipient, the same services and agent, and a link to "
        "this mail.",
    )
    profile = "ia.docs:default"
    link_kind = "ia.reply_to"
    link_from_target = True
    once = False

    def applies_to(self, source) -> bool:
        return IIncomingMail.providedBy(source)

    def check(self, source, title=None, **options) -> None:
        area = get_mail_area()
        if area is None:
            raise ReplyError(
                _("msg_no_mail_area", default="The mail area /courrier is missing.")
            )
        if not may_reply(source, area):
            raise ReplyForbidden(
                _(
                    "msg_reply_no_right",
                    default="Only who treats this mail (its agent, its services) "
                    "or the mail office may reply to it.",
                )
            )
        if title is not None and not isinstance(title, str):
            raise ReplyError(
                _("msg_reply_bad_title", default="The title must be a text.")
            )

    def choices(self, source) -> dict:
        return {}

    def perform(self, source, title=None, **options):
        values = reply_values(source)
        if title and title.strip():
            values["title"] = title.strip()
        return create_for_user(container=get_mail_area(), type=OUTGOING, **values)


HANDOVER = ReplyHandover()
