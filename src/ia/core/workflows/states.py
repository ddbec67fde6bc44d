"""Ids of the shared workflows and the states that count as done."""

from plone import api
from Products.CMFCore.utils import getToolByName


VALIDATION_WORKFLOW = "ia_validation_workflow"
CASE_WORKFLOW = "ia_case_workflow"
PUBLICATION_WORKFLOW = "ia_publication_workflow"

SHARED_WORKFLOWS = (VALIDATION_WORKFLOW, CASE_WORKFLOW, PUBLICATION_WORKFLOW)

# Validation levels: state of each level, in order.
LEVEL_STATES = ("proposed", "proposed_n2", "proposed_n3")
MAX_LEVELS = len(LEVEL_STATES)

# Final states of the products' own workflows (one state id a line).
FINAL_STATES_RECORD = "ia.core.final_states"

_FINAL_STATES = {
    VALIDATION_WORKFLOW: ("validated",),
    CASE_WORKFLOW: ("closed",),
    PUBLICATION_WORKFLOW: ("published", "archived"),
}


def _extra_lines(registry=None) -> tuple[str, ...]:
    if registry is None:
        value = api.portal.get_registry_record(FINAL_STATES_RECORD, default=None)
    else:
        value = registry.get(FINAL_STATES_RECORD, None)
    return tuple(line.strip() for line in (value or ()) if line and line.strip())


def extra_final_states() -> tuple[str, ...]:
    """State ids of the products' own workflows counted as final (registry
    record ``ia.core.final_states``: ``state`` for every product workflow, or
    ``workflow_id:state`` for that workflow only)."""
    return tuple(line.rpartition(":")[2] for line in _extra_lines())


def final_states(workflow_id: str | None = None, registry=None) -> tuple[str, ...]:
    """States in which a document counts as done (dashboards, overdue lists).

    With a workflow id: that workflow's final states — a shared workflow's
    own, or for a product's workflow the registry lines without a prefix or
    with its id as prefix. The same state id may be final in one workflow
    and not in another (``validated`` ends ``ia_validation_workflow`` but
    not an iA.Delib item): queries use the ``ia_final`` index (``is_final``),
    computed per document with its own workflow.

    Without: every state id final in some workflow, sorted (for display and
    tests; never as a query).
    """
    if workflow_id is None:
        shared = {s for states in _FINAL_STATES.values() for s in states}
        return tuple(sorted(shared.union(extra_final_states())))
    if workflow_id in _FINAL_STATES:
        return _FINAL_STATES[workflow_id]
    states = []
    for line in _extra_lines(registry):
        prefix, _sep, state = line.rpartition(":")
        if prefix in ("", workflow_id) and state not in states:
            states.append(state)
    return tuple(states)


def is_final(obj) -> bool | None:
    """Whether ``obj`` is in a final state of its (first) workflow; None
    when it has no workflow state.

    The tools are acquired from ``obj``: indexing may run at commit time,
    when no site is set."""
    wtool = getToolByName(obj, "portal_workflow")
    for workflow_id in wtool.getChainFor(obj):
        state = (wtool.getStatusOf(workflow_id, obj) or {}).get("review_state")
        if state:
            registry = getToolByName(obj, "portal_registry", None)
            return state in final_states(workflow_id, registry)
    return None
