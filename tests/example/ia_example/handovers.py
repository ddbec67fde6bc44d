"""What iA.Example accepts from another product: a follow-up request.

The *target* product registers its hand-over (``handovers.zcml``); the
source product knows nothing of it. ``ia.core.handovers`` offers it in the
source document's *Transmettre…* action and ``@ia-handovers``, checks it,
runs :meth:`perform` and links the source to the new request
(``ia.gave_rise_to``). See ``docs/links.md``.
"""

from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.orgchart.behavior import IResponsible
from ia.core.orgchart.storage import stored_value
from ia.core.security import create_for_user
from ia.core.workflows import is_final
from plone import api
from tests.example.ia_example import _
from tests.example.ia_example.content import TYPE


class FollowUpRequest(Handover):
    id = "ia_example.follow_up"
    title = _("Open a follow-up request")
    description = _("A request of the same services, linked to this document.")
    profile = "tests.example.ia_example:default"
    link_kind = "ia.gave_rise_to"
    once = True

    def applies_to(self, source) -> bool:
        """Any suite document with responsible services, but a request."""
        return IResponsible.providedBy(source) and source.portal_type != TYPE

    def check(self, source, **options) -> None:
        if is_final(source):
            raise HandoverForbidden(
                _("A document in a final state needs no follow-up request.")
            )
        if not api.user.has_permission("Modify portal content", obj=source):
            raise HandoverForbidden(
                _("Only who treats this document may open a follow-up request.")
            )

    def perform(self, source, **options):
        # The requests live at the site root, where an agent of another
        # product may not add content: the hand-over's checks decide.
        return create_for_user(
            container=api.portal.get(),
            type=TYPE,
            title=source.Title(),
            responsible_services=list(
                stored_value(source, "responsible_services") or ()
            ),
        )


HANDOVER = FollowUpRequest()
