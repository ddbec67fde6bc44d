"""``ia_task_workflow`` (definition: ``profiles/default/workflows``): its id.

Its final states (done, cancelled) and who has the ball are in its XML
(``ia.core.workflows.facts``)."""

TASK_WORKFLOW = "ia_task_workflow"
