"""Ids of the shared workflows and the states that count as done."""

from plone import api


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


def extra_final_states() -> tuple[str, ...]:
    """Final states of the products' own workflows (registry record
    ``ia.core.final_states``, extended by each product's profile)."""
    value = api.portal.get_registry_record(FINAL_STATES_RECORD, default=None)
    return tuple(value or ())


def final_states(workflow_id: str | None = None) -> tuple[str, ...]:
    """States in which a document counts as done (dashboards, overdue lists).

    Without ``workflow_id``: the final states of every shared workflow plus
    those of the products' own workflows (``extra_final_states()``), sorted
    (usable directly as a ``review_state`` catalog query with ``not``).
    With the id of a shared workflow: the final states of that workflow only.
    """
    if workflow_id is None:
        shared = {s for states in _FINAL_STATES.values() for s in states}
        return tuple(sorted(shared.union(extra_final_states())))
    try:
        return _FINAL_STATES[workflow_id]
    except KeyError:
        raise ValueError(
            f"Unknown shared workflow {workflow_id!r}; "
            f"expected one of {SHARED_WORKFLOWS}"
        ) from None
