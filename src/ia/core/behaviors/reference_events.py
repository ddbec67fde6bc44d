"""Allocation of reference numbers on the lifecycle events of a document."""

from Acquisition import aq_base
from ia.core.behaviors.reference import reference_of
from ia.core.numbering import api as numbering
from ia.core.numbering.patterns import CREATION


def _allocate(obj):
    register = numbering.register_for(obj)
    obj.reference = numbering.allocate(register)
    obj.reindexObject(idxs=["ia_reference", "SearchableText"])


def _moment(obj):
    return numbering.config(numbering.register_for(obj)).moment


def on_added(obj, event):
    """Number the document at creation when its register says so."""
    # also dispatched to the content of an added folder: a pasted folder's
    # documents lost their references in ``on_copied`` and get new ones here
    if reference_of(obj) is not None:
        return
    if _moment(obj) == CREATION:
        _allocate(obj)


def on_copied(obj, event):
    """A copy is a new document: it loses the original's reference and
    receives its own when it is added (or at the configured transition)."""
    if getattr(aq_base(obj), "reference", None) is not None:
        obj.reference = None


def on_transition(obj, event):
    """Number the document on the configured transition (once)."""
    transition = getattr(event, "transition", None)
    if transition is None or reference_of(obj) is not None:
        return
    if _moment(obj) == transition.id:
        _allocate(obj)
