"""The base class of hand-overs and the event fired after one."""

from ia.core.handovers.interfaces import IHandedOverEvent
from ia.core.handovers.interfaces import IHandover
from zope.interface import implementer
from zope.interface.interfaces import ObjectEvent


@implementer(IHandover)
class Handover:
    """Subclass it, set the attributes and implement ``perform``::

    class ItemFromDocument(Handover):
        id = "ia.delib.item_from_document"
        title = _("Prepare a deliberation item")
        profile = "ia.delib:default"
        link_kind = "ia.gave_rise_to"
        once = True

        def applies_to(self, source):
            return IIncomingMail.providedBy(source)

        def perform(self, source, **options):
            return api.content.create(...)
    """

    id = ""
    title = ""
    description = ""
    profile = ""
    link_kind = "ia.gave_rise_to"
    link_from_target = False
    once = False
    option_titles = {}

    def applies_to(self, source) -> bool:
        return True

    def check(self, source, **options) -> None:
        return None

    def choices(self, source) -> dict:
        return {}


@implementer(IHandedOverEvent)
class HandedOverEvent(ObjectEvent):
    def __init__(self, target, source, handover):
        super().__init__(target)
        self.source = source
        self.handover = handover
