"""1001 -> 1002: the transitions that need data open their form.

The action URLs of the order's ``plan`` (``@@tech-plan``) and of the
request's ``refuse`` (``@@tech-refuse``) and ``mark_duplicate``
(``@@tech-duplicate``), as in ``profiles/default/workflows``: Plone's state
menu opens the form instead of firing the transition without its data
(``ia.tech.transition_checks`` refuses that on the other paths). Only
these URLs are set: the workflows' states, permissions and the documents'
role mappings are left as they are.
"""

from plone import api


URLS = {
    ("ia_tech_order_workflow", "plan"): "%(content_url)s/@@tech-plan",
    ("ia_tech_request_workflow", "refuse"): "%(content_url)s/@@tech-refuse",
    (
        "ia_tech_request_workflow",
        "mark_duplicate",
    ): "%(content_url)s/@@tech-duplicate",
}


def upgrade(setup_tool):
    workflows = api.portal.get_tool("portal_workflow")
    for (workflow_id, transition_id), url in URLS.items():
        workflow = workflows.getWorkflowById(workflow_id)
        if workflow is None:  # removed by hand: nothing to mend
            continue
        workflow.transitions[transition_id].actbox_url = url
