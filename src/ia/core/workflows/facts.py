"""What a workflow's XML says about its states, read from the installed workflow.

Each ``definition.xml`` of the suite declares state variables that are not
status variables (``for_status="False"``: nothing lands in a document's
workflow status or history) and assigns them per state::

    <state state_id="closed" ...>
      ...
      <assignment name="ia_final" type="bool">True</assignment>
    </state>
    <state state_id="in_treatment" ...>
      ...
      <assignment name="ia_ball" type="string">IaAgent</assignment>
    </state>

- ``ia_final`` (bool): the document is done (never overdue, out of the to-do
  lists; catalog index ``ia_final``);
- ``ia_ball`` (string, role names separated by spaces): the roles whose turn
  it is (catalog index ``ia_ball``, "to validate / to treat by me");
- a product may declare its own (``ia_level``, ``ia_decided``...) and read
  them with :func:`states_where` / :func:`state_value`.

A state without an assignment has the variable's "empty" value (not final,
nobody has the ball). DCWorkflow stores the values on the state
(``portal_workflow[wf].states[state].var_values``): reading one is a few
attribute accesses, cheap enough for indexers and dashboards without a cache
(and so always current after a re-import).

The tool is acquired from ``context`` when given (indexing may run at commit
time, without a site), else from the site.
"""

from plone import api
from Products.CMFCore.utils import getToolByName


FINAL = "ia_final"
BALL = "ia_ball"


def _tool(context=None):
    if context is not None:
        return getToolByName(context, "portal_workflow")
    return api.portal.get_tool("portal_workflow")


def _workflow(workflow_id: str, context=None):
    workflow = _tool(context).getWorkflowById(workflow_id)
    states = getattr(workflow, "states", None)
    if states is None:
        raise ValueError(f"Unknown workflow {workflow_id!r}")
    return workflow


def _values(state) -> dict:
    return getattr(state, "var_values", None) or {}


def state_value(workflow_id: str, state: str, variable: str, context=None):
    """The value the XML assigns to ``variable`` in ``state``, or None."""
    states = _workflow(workflow_id, context).states
    definition = states.get(state)
    if definition is None:
        raise ValueError(f"Workflow {workflow_id!r} has no state {state!r}")
    return _values(definition).get(variable)


def states_where(workflow_id: str, variable: str, context=None) -> tuple[str, ...]:
    """States of ``workflow_id`` where ``variable`` is true (workflow order)."""
    states = _workflow(workflow_id, context).states
    return tuple(
        state_id
        for state_id, state in states.objectItems()
        if _values(state).get(variable)
    )


def final_states(workflow_id: str, context=None) -> tuple[str, ...]:
    """States in which a document of ``workflow_id`` is done."""
    return states_where(workflow_id, FINAL, context)


def _roles(value) -> tuple[str, ...]:
    return tuple(value.split()) if isinstance(value, str) else ()


def ball_roles(workflow_id: str, state: str, context=None) -> tuple[str, ...]:
    """Roles that have the ball in ``state`` of ``workflow_id``."""
    return _roles(state_value(workflow_id, state, BALL, context))


def states_for_role(workflow_id: str, role: str, context=None) -> tuple[str, ...]:
    """States of ``workflow_id`` in which ``role`` has the ball (workflow order)."""
    states = _workflow(workflow_id, context).states
    return tuple(
        state_id
        for state_id, state in states.objectItems()
        if role in _roles(_values(state).get(BALL))
    )


def current_states(obj):
    """``(workflow, state id)`` of each workflow of ``obj`` that has a state."""
    wtool = getToolByName(obj, "portal_workflow")
    for workflow_id in wtool.getChainFor(obj):
        workflow = wtool.getWorkflowById(workflow_id)
        if getattr(workflow, "states", None) is None:
            continue
        state = (wtool.getStatusOf(workflow_id, obj) or {}).get(workflow.state_var)
        if state:
            yield workflow, state


def current_value(obj, variable: str):
    """The value of ``variable`` in the state ``obj`` is in (first workflow),
    None when ``obj`` has no workflow state or the state is unknown."""
    for workflow, state in current_states(obj):
        definition = workflow.states.get(state)
        return None if definition is None else _values(definition).get(variable)
    return None


def is_final(obj) -> bool | None:
    """Whether ``obj`` is in a final state of its (first) workflow; None
    when it has no workflow state."""
    for workflow, state in current_states(obj):
        definition = workflow.states.get(state)
        return bool(definition is not None and _values(definition).get(FINAL))
    return None
