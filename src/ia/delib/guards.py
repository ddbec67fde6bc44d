"""``@@ia-workflow-guards`` on items: the core's guards with the body's levels.

``ia_delib_item_workflow`` calls ``here/@@ia-workflow-guards/can_validate``
like ``ia_validation_workflow`` does; this more specific registration for
items answers with the body's ``validation_levels`` when it is set, else the
core's levels (first responsible service, then the site default).
"""

from ia.core.workflows import guards as core_guards
from ia.core.workflows.browser.guards import WorkflowGuardsView
from ia.core.workflows.states import MAX_LEVELS
from ia.delib.content.vocabularies import body_of


def validation_levels(item) -> int:
    body = body_of(item)
    levels = getattr(body, "validation_levels", None) if body is not None else None
    if levels:
        return min(max(int(levels), 1), MAX_LEVELS)
    return core_guards.validation_levels(item)


def can_propose_to_level(item, level: int) -> bool:
    return (
        core_guards.current_level(item) == level - 1
        and validation_levels(item) >= level
    )


def can_validate(item) -> bool:
    level = core_guards.current_level(item)
    return level is not None and level >= validation_levels(item)


class ItemGuardsView(WorkflowGuardsView):
    def levels(self):
        return validation_levels(self.context)

    def can_propose_n2(self):
        return can_propose_to_level(self.context, 2)

    def can_propose_n3(self):
        return can_propose_to_level(self.context, 3)

    def can_validate(self):
        return can_validate(self.context)
