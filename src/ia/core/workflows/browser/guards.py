"""``@@ia-workflow-guards``: the guard predicates, reachable from TALES.

The transitions of ``ia_validation_workflow`` use guard expressions such as
``here/@@ia-workflow-guards/can_validate``; the logic lives in
``ia.core.workflows.guards``.
"""

from ia.core.workflows import guards
from Products.Five import BrowserView
import json


class WorkflowGuardsView(BrowserView):
    def levels(self):
        return guards.validation_levels(self.context)

    def can_propose_n2(self):
        return guards.can_propose_to_level(self.context, 2)

    def can_propose_n3(self):
        return guards.can_propose_to_level(self.context, 3)

    def can_validate(self):
        return guards.can_validate(self.context)

    def __call__(self):
        """A small JSON summary, for support staff wondering why a button is missing."""
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(
            {
                "levels": self.levels(),
                "can_propose_n2": self.can_propose_n2(),
                "can_propose_n3": self.can_propose_n3(),
                "can_validate": self.can_validate(),
            }
        )
