"""What the dashboard's filters offer: products, types, workflow states, agents.

Everything is derived from the site's types (a type is on a dashboard when
it has the ``ia.responsible`` behavior), the FTI's ``i18n_domain`` (the
product it belongs to: ``ia.docs``, ``ia.delib``, ``ia.core`` for tasks...)
and its workflow. A state is offered as ``"<workflow id>:<state id>"`` with
the title of *that* workflow, so that two workflows' ``created`` are never
mixed; filtering on it narrows on the state and on the workflow's types.
"""

from ia.core import _
from ia.core.products import known_products
from plone import api
from zope.i18n import translate


RESPONSIBLE = "ia.responsible"


def dashboard_types():
    """{portal_type: FTI} of the types whose documents can be on a dashboard."""
    types = api.portal.get_tool("portal_types")
    return {
        fti.getId(): fti
        for fti in types.objectValues()
        if RESPONSIBLE in (getattr(fti, "behaviors", None) or ())
    }


def product_of(fti):
    return getattr(fti, "i18n_domain", None) or "ia.core"


def types_of_product(product):
    return sorted(
        name for name, fti in dashboard_types().items() if product_of(fti) == product
    )


def product_title(product, request):
    known = known_products().get(product)
    if product == "ia.core" or known is None:
        return translate(_("Tasks and core documents"), context=request)
    return known.title or product


def products(request):
    """[(product, title)] of the products that have dashboard types."""
    names = sorted({product_of(fti) for fti in dashboard_types().values()})
    return [(name, product_title(name, request)) for name in names]


def workflow_of_type(portal_type):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    return chain[0] if chain else None


def types_of_workflow(workflow_id):
    return sorted(
        name for name in dashboard_types() if workflow_of_type(name) == workflow_id
    )


def parse_state(value):
    """``"<workflow>:<state>"`` → (workflow, state); a bare state → (None, state)."""
    workflow_id, sep, state = value.partition(":")
    return (workflow_id, state) if sep else (None, value)


def state_groups(portal_types, request):
    """[{"workflow", "title", "states": [(value, title)]}] for the workflows of
    ``portal_types``, each with its own state titles."""
    wtool = api.portal.get_tool("portal_workflow")
    seen = []
    for name in portal_types:
        workflow_id = workflow_of_type(name)
        if workflow_id and workflow_id not in seen:
            seen.append(workflow_id)
    groups = []
    for workflow_id in seen:
        workflow = wtool.getWorkflowById(workflow_id)
        if workflow is None:
            continue
        states = [
            (
                f"{workflow_id}:{state.getId()}",
                translate(
                    state.title or state.getId(), domain="plone", context=request
                ),
            )
            for state in workflow.states.objectValues()
        ]
        groups.append(
            {
                "workflow": workflow_id,
                "title": translate(
                    workflow.title or workflow_id, domain="plone", context=request
                ),
                "states": states,
            }
        )
    return groups
