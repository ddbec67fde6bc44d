"""Ids of the shared workflows.

What a workflow says about its states (final states, ball, validation
levels) is in its XML and read by ``ia.core.workflows.facts``.
"""

VALIDATION_WORKFLOW = "ia_validation_workflow"
CASE_WORKFLOW = "ia_case_workflow"
PUBLICATION_WORKFLOW = "ia_publication_workflow"

SHARED_WORKFLOWS = (VALIDATION_WORKFLOW, CASE_WORKFLOW, PUBLICATION_WORKFLOW)

# Validation levels a workflow may have (state variable ``ia_level``, 1 to 3).
MAX_LEVELS = 3
LEVEL = "ia_level"
