"""1000 -> 1001: the workflows state their final states and ball in their XML.

Re-imports the ``workflow`` step of ia.delib:default, removes the registry
record ``ia.core.final_states`` and reindexes ``ia_final`` / ``ia_ball`` of the
documents under these workflows (``ia.core.workflows.upgrade``).
"""

from ia.core.workflows.upgrade import reapply_workflow_facts


PROFILE = "ia.delib:default"
WORKFLOWS = (
    "ia_delib_item_workflow",
    "ia_delib_meeting_workflow",
    "ia_delib_advice_workflow",
    "ia_delib_body_workflow",
)


def upgrade(setup_tool):
    reapply_workflow_facts(setup_tool, PROFILE, WORKFLOWS)
