"""*Demander une intervention*: an incoming mail becomes a work request.

iA.Tech registers it; iA.Docs knows nothing of it and ia.tech imports
nothing of ia.docs: the hand-over applies by portal type
(``IaIncomingMail``) and reads the mail's generic attributes (title,
description, ``sender`` as requester, the mail's first service as
requesting service). Offered while the mail is not in a final state to
who may modify it. Link mail → request ``ia.gave_rise_to``, once.
"""

from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.orgchart.storage import stored_value
from ia.core.workflows import is_final
from ia.tech import _
from ia.tech import settings
from ia.tech.errors import TechError
from ia.tech.requests import file_request
from plone import api


MAIL_TYPE = "IaIncomingMail"
MODIFY = "Modify portal content"


class RequestFromMail(Handover):
    id = "ia.tech.request_from_mail"
    title = _("Request a technical intervention")
    description = _(
        "A work request to the technical services with the mail's subject, "
        "its sender as requester and its service as requesting service."
    )
    profile = "ia.tech:default"
    link_kind = "ia.gave_rise_to"
    once = True
    option_titles = {"request_type": _("Type of work")}

    def applies_to(self, source) -> bool:
        return source.portal_type == MAIL_TYPE

    def check(self, source, request_type=None, **options) -> None:
        if is_final(source):
            raise HandoverForbidden(_("A closed mail may not become a work request."))
        if not api.user.has_permission(MODIFY, obj=source):
            raise HandoverForbidden(
                _("Only who treats this mail may make a work request of it.")
            )
        if request_type and request_type not in dict(settings.request_types()):
            raise TechError(_("Unknown type of work."))

    def choices(self, source) -> dict:
        return {"request_type": settings.request_types()}

    def perform(self, source, request_type=None, **options):
        services = list(stored_value(source, "responsible_services") or ())
        types = settings.request_types()
        return file_request(
            system=True,
            title=source.Title(),
            description=source.Description(),
            request_type=request_type or types[0][0],
            requester=getattr(source, "sender", None) or None,
            requesting_service=services[0] if services else None,
            origin="mail",
        )


HANDOVER = RequestFromMail()
