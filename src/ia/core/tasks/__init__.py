"""Tasks (``IaTask``): work asked of a service or an agent about a document.

A task lives inside the document it is about (its container): an incoming
mail, an outgoing mail, later a permit. Its target is the core's
``ia.responsible`` behavior (service + assigned agent), its due date
``ia.deadline``; ``ia_task_workflow`` (``to_do`` → ``in_progress`` →
``done``, ``cancelled``) says who acts. The dashboards list tasks with the
other documents: they use the same indexes.
"""
