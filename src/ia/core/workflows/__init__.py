"""Shared workflows of the content core.

The definitions are GenericSetup XML (``profiles/default/workflows/``): each
says which states are final, whose turn it is and, for validation, the level
of each state (DCWorkflow state variables ``ia_final``, ``ia_ball``,
``ia_level``). This package holds what code needs to know about them:

- ``ia.core.workflows.states``: the shared workflows' ids;
- ``ia.core.workflows.facts``: the state variables read from the installed
  workflows (``final_states``, ``is_final``, ``ball_roles``,
  ``states_for_role``, ``states_where``);
- ``ia.core.workflows.titles``: ``state_title(obj)``, translated;
- ``ia.core.workflows.guards``: the configured number of validation levels
  and the guard predicates of ``ia_validation_workflow``.
"""

from ia.core.workflows.facts import final_states  # noqa: F401
from ia.core.workflows.facts import is_final  # noqa: F401
