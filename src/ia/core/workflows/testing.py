"""Helpers for permission tests of workflows (the core's and the products').

Typical use, one test per (state, role)::

    doc = create_in_state(portal, "IaTestDocument", "proposed")
    act_as(doc, "IaReviewer1")
    assert can(doc, "Modify portal content")
    assert transitions(doc) == {"validate", "back_to_draft"}
"""

from AccessControl import getSecurityManager
from DateTime import DateTime
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles


EMPTY_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema /></model>'
)

# Pseudo-roles understood by ``act_as`` besides the local roles.
ANONYMOUS = "Anonymous"
AUTHENTICATED = "Authenticated"
GLOBAL_ROLES = ("Manager", "Site Administrator", "Reviewer")


def set_state(obj, state: str) -> None:
    """Put ``obj`` in ``state`` without a transition (test set-up only)."""
    wf_tool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = wf_tool.getChainFor(obj)
    workflow = wf_tool[workflow_id]
    if state not in workflow.states:
        raise ValueError(f"Workflow {workflow_id!r} has no state {state!r}")
    wf_tool.setStatusOf(
        workflow_id,
        obj,
        {
            "review_state": state,
            "action": None,
            "actor": TEST_USER_ID,
            "time": DateTime(),
            "comments": "",
        },
    )
    workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()


def ensure_main_schema(portal_type: str) -> None:
    """Behavior-only test types need an (empty) main schema to be instantiated."""
    fti = api.portal.get_tool("portal_types").get(portal_type)
    if fti is not None and not (fti.schema or fti.model_source or fti.model_file):
        fti.model_source = EMPTY_MODEL


def create_in_state(container, portal_type: str, state: str, **kwargs):
    """Create a ``portal_type`` as the test user (Manager) and set ``state``."""
    setRoles(api.portal.get(), TEST_USER_ID, ["Manager"])
    login(api.portal.get(), TEST_USER_NAME)
    ensure_main_schema(portal_type)
    obj = api.content.create(
        container=container,
        type=portal_type,
        title=kwargs.pop("title", "Test"),
        **kwargs,
    )
    set_state(obj, state)
    return obj


def act_as(obj, role: str) -> None:
    """Log the test user in with ``role`` only.

    ``role`` is a local role on ``obj``, a global role or a pseudo-role.

    The test user loses every other global role and every local role on ``obj``.
    """
    portal = api.portal.get()
    obj.manage_delLocalRoles([TEST_USER_ID])
    if role == ANONYMOUS:
        setRoles(portal, TEST_USER_ID, ["Member"])
        logout()
        return
    if role in GLOBAL_ROLES:
        setRoles(portal, TEST_USER_ID, ["Member", role])
    else:
        setRoles(portal, TEST_USER_ID, ["Member"])
        if role != AUTHENTICATED:
            obj.manage_setLocalRoles(TEST_USER_ID, [role])
    login(portal, TEST_USER_NAME)


def can(obj, permission: str) -> bool:
    """The current user has ``permission`` on ``obj``."""
    return bool(getSecurityManager().checkPermission(permission, obj))


def transitions(obj) -> set[str]:
    """Ids of the transitions the current user may trigger on ``obj``."""
    wf_tool = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in wf_tool.getTransitionsFor(obj)}


# What a permission test compares, name -> permission.
OBSERVED_PERMISSIONS = {
    "view": "View",
    "access": "Access contents information",
    "edit": "Modify portal content",
    "add": "Add portal content",
    "add_attachment": "ia.core: Add attachment",
    "delete": "Delete objects",
    "view_notes": "ia.core: View internal notes",
    "sharing": "Change local roles",
}


def observe(obj) -> dict:
    """What the current user may do on ``obj``: permissions and transitions."""
    result = {
        name: can(obj, permission) for name, permission in OBSERVED_PERMISSIONS.items()
    }
    result["transitions"] = transitions(obj)
    return result
