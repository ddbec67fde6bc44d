"""Shared workflows of the content core.

The definitions are GenericSetup XML (``profiles/default/workflows/``); this
package holds what code needs to know about them:

- ``ia.core.workflows.states``: workflow ids and the final states (the
  shared workflows' ones plus registry record ``ia.core.final_states``);
- ``ia.core.workflows.ball``: which roles "have the ball" in each state;
- ``ia.core.workflows.guards``: the configured number of validation levels
  and the guard predicates of ``ia_validation_workflow``.
"""

from ia.core.workflows.states import final_states  # noqa: F401
