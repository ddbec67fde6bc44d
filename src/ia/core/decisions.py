"""Documents decided by the college, and the decision coming back.

Two products meet here without importing each other (docs/architecture.md,
*iA.Urban*):

- a product marks the documents whose decision the college takes with
  :class:`IDecidedByCollege` and adapts them to :class:`ICollegeSummary`
  (what a college item prepared from them carries: a summary, annexes);
  iA.Delib's hand-over *a college item prepared from a permit* offers
  itself on those documents only;
- when a deliberation item is decided, iA.Delib notifies
  :class:`DecisionTaken` on the item; a product subscribes to
  :class:`IDecisionTaken` and follows the core links back from the item to
  its own documents (:func:`decided_documents`).
"""

from ia.core.links import api as links
from zope.interface import Attribute
from zope.interface import Interface
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


ACCEPTED = "accepted"
REFUSED = "refused"


class IDecidedByCollege(Interface):
    """Marker: the college decides on this document (e.g. a building permit)."""


class ICollegeSummary(Interface):
    """What a college item prepared from a document carries."""

    def title() -> str:
        """The item's title."""

    def summary() -> str:
        """A plain-text summary (French), one paragraph a line."""

    def annexes() -> list:
        """The document's attachments the item should carry (objects)."""


class IDecisionTaken(IObjectEvent):
    """A deliberation item (``object``) was decided."""

    result = Attribute("ACCEPTED or REFUSED")
    date = Attribute("The day of the decision (datetime.date)")
    text = Attribute("The decision text (HTML), '' when none")
    transition = Attribute("The decision transition of the item's workflow")


@implementer(IDecisionTaken)
class DecisionTaken(ObjectEvent):
    def __init__(self, item, result, date, text="", transition=""):
        super().__init__(item)
        self.result = result
        self.date = date
        self.text = text
        self.transition = transition


def decided_documents(item) -> list:
    """The documents that gave rise to ``item`` and that the college decides
    (``ia.gave_rise_to`` links, whatever the user may see)."""
    return [
        source
        for source in links.sources(
            target=item, kind="ia.gave_rise_to", unrestricted=True
        )
        if IDecidedByCollege.providedBy(source)
    ]
