"""Keep references and roll-ups in step with the tree (``content.zcml``)."""

from ia.pst import rollup
from ia.pst.references import renumber
from ia.pst.suspend import is_suspended
from ia.pst.vocabularies import programme_of
from plone.app.uuid.utils import uuidToObject
from zope.lifecycleevent.interfaces import IObjectRemovedEvent


ACTION_INDEXES = [
    "ia_pst_progress",
    "ia_pst_health",
    "ia_pst_budget",
    "ia_pst_budget_share",
    "ia_pst_objectives",
    "ia_pst_budget_years",
]


def container_modified(container, event):
    """A child was added, removed or moved: renumber the programme."""
    if is_suspended():
        return
    programme = programme_of(container)
    if programme is not None:
        renumber(programme)


def _previous(action) -> list:
    found = (uuidToObject(uid, unrestricted=True) for uid in action._pst_served)
    return [obj for obj in found if obj is not None]


def _refresh_for(action, *, removed=False) -> None:
    objectives = [] if removed else rollup.objectives_of(action)
    for objective in _previous(action) if hasattr(action, "_pst_served") else ():
        if objective not in objectives:
            objectives.append(objective)
    if not removed:
        action.reindexObject(idxs=ACTION_INDEXES)
    rollup.refresh(objectives)
    action._pst_served = [] if removed else [o.UID() for o in objectives]


def action_changed(action, event):
    """An action was edited, added, moved or changed state: roll up."""
    if is_suspended() or getattr(event, "object", action) is not action:
        return
    if getattr(event, "newParent", True) is None:
        return  # removed: handled by action_removed
    _refresh_for(action)


def action_removed(action, event):
    if is_suspended() or not IObjectRemovedEvent.providedBy(event):
        return
    _refresh_for(action, removed=True)
