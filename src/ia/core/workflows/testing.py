"""Helpers for permission tests of workflows (the core's and the products').

Every (state, role) cell against an explicit expected table, one test per
state (``check_state``: one object per state, every failing role listed)::

    MATRIX = PermissionMatrix(
        "IaTestDocument",
        "ia_validation_workflow",
        roles=ROLES,
        view={"draft": {...}, ...},
        edit={...},
        delete={...},
        transitions={"draft": {"Owner": {"propose"}, ...}, ...},
        outsiders={"Anonymous", "Authenticated", "IaCopyReader"},
    )

    @pytest.mark.parametrize("state", MATRIX.states)
    def test_permissions(portal, state):
        MATRIX.check_state(portal, state)

(``MATRIX.check(portal, state, role)`` checks one cell, on an object of its own.)

Single checks::

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
from Products.CMFCore.WorkflowCore import WorkflowException
import transaction


# Pseudo-roles understood by ``act_as`` besides the local roles.
ANONYMOUS = "Anonymous"
AUTHENTICATED = "Authenticated"
GLOBAL_ROLES = ("Manager", "Site Administrator", "Reviewer")

# The roles the core's permission tables cover (a product may add some,
# e.g. "Reviewer"); only the administrators change the sharing.
ROLES = (
    ANONYMOUS,
    AUTHENTICATED,
    "Owner",
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaReader",
    "IaServiceManager",
    "IaAgent",
    "IaCopyReader",
    "Site Administrator",
    "Manager",
)
ADMINS = frozenset({"Site Administrator", "Manager"})


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


def create_in_state(container, portal_type: str, state: str, **kwargs):
    """Create a ``portal_type`` as the test user (Manager) and set ``state``."""
    setRoles(api.portal.get(), TEST_USER_ID, ["Manager"])
    login(api.portal.get(), TEST_USER_NAME)
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


def _forget_request_caches(obj) -> None:
    """Forget what the request remembers about the user (borg.localrole's
    allowed local roles on its annotations, ``ia.core.requestcache``): the
    next check sees the roles ``act_as`` just gave, as a new request would."""
    from ia.core.requestcache import clear_cache
    from zope.annotation.interfaces import IAnnotations

    annotations = IAnnotations(getattr(obj, "REQUEST", None), None)
    if annotations is not None:
        for key in list(annotations):
            del annotations[key]
    clear_cache()


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


def workflow_id(obj) -> str:
    (result,) = api.portal.get_tool("portal_workflow").getChainFor(obj)
    return result


class PermissionMatrix:
    """The expected permissions of ``workflow`` on ``portal_type``, state x role.

    ``view``, ``edit`` and ``delete`` map each state to the roles that may;
    ``transitions`` maps each state to ``{role: transition ids}`` (roles not
    listed have none). Editing also means adding content and attachments;
    ``view`` also gives "Access contents information". ``outsiders`` never
    see internal notes; only ``admins`` change the sharing.
    """

    def __init__(
        self,
        portal_type,
        workflow,
        *,
        roles,
        view,
        edit,
        delete,
        transitions,
        outsiders,
        admins=ADMINS,
    ):
        self.portal_type = portal_type
        self.workflow = workflow
        self.roles = tuple(roles)
        self.states = tuple(view)
        for name, table in (
            ("edit", edit),
            ("delete", delete),
            ("transitions", transitions),
        ):
            if set(table) != set(self.states):
                raise ValueError(f"{name} does not cover the states {self.states}")
        self.view = view
        self.edit = edit
        self.delete = delete
        self.transitions = transitions
        self.outsiders = frozenset(outsiders)
        self.admins = frozenset(admins)

    def cases(self) -> list[tuple[str, str]]:
        """(state, role) pairs, for ``pytest.mark.parametrize("state,role", ...)``."""
        return [(state, role) for state in self.states for role in self.roles]

    def expected(self, state: str, role: str) -> dict:
        """What ``observe`` must return for ``role`` in ``state``."""
        edit = role in self.edit[state]
        return {
            "view": role in self.view[state],
            "access": role in self.view[state],
            "edit": edit,
            "add": edit,
            "add_attachment": edit,
            "delete": role in self.delete[state],
            "view_notes": role not in self.outsiders,
            "sharing": role in self.admins,
            "transitions": set(self.transitions[state].get(role, set())),
        }

    def check(self, container, state: str, role: str) -> None:
        """Create an object in ``state``, act as ``role`` and compare."""
        obj = create_in_state(container, self.portal_type, state)
        act_as(obj, role)
        observed = observe(obj)
        expected = self.expected(state, role)
        differences = {
            name: {"expected": expected[name], "observed": observed.get(name)}
            for name in expected
            if observed.get(name) != expected[name]
        }
        assert observed == expected, f"{state} x {role}: {differences}"

    def check_state(self, container, state: str, roles=None) -> None:
        """Every role of the matrix (or ``roles``) in ``state``, on one object.

        The same comparison as ``check`` for each (state, role) cell, at the
        cost of one object per state instead of one per cell: the object is
        created once, then the test user acts as each role in turn (only
        that role; the request's cached local roles are dropped in between).
        Every differing cell is reported in one assertion message.
        """
        obj = create_in_state(container, self.portal_type, state)
        failures = []
        for role in self.roles if roles is None else roles:
            _forget_request_caches(obj)
            act_as(obj, role)
            observed = observe(obj)
            expected = self.expected(state, role)
            differences = {
                name: {"expected": expected[name], "observed": observed.get(name)}
                for name in expected
                if observed.get(name) != expected[name]
            }
            if differences:
                failures.append(f"{state} x {role}: {differences}")
        _forget_request_caches(obj)
        setRoles(api.portal.get(), TEST_USER_ID, ["Manager"])
        login(api.portal.get(), TEST_USER_NAME)
        assert not failures, "\n".join(failures)

    def chain(self) -> tuple:
        """The workflow chain of the portal type (to compare with ``(workflow,)``)."""
        wf_tool = api.portal.get_tool("portal_workflow")
        return tuple(wf_tool.getChainForPortalType(self.portal_type))

    def initial_state(self, container, title="Nouveau") -> str:
        """The state of a freshly created object (created as Manager)."""
        with api.env.adopt_roles(["Manager"]):
            obj = api.content.create(
                container=container, type=self.portal_type, title=title
            )
        return api.content.get_state(obj)


class WorkflowMatrixTests:
    """Base class of a test class checking one ``PermissionMatrix``::

        class TestMatrix(WorkflowMatrixTests):
            matrix = MATRIX
            initial_state = "draft"

    gives ``test_type_bound``, ``test_initial_state`` and ``test_permissions``
    (one test per state checking every role, through ``pytest_generate_tests``;
    a subclass whose ``test_permissions`` takes ``state`` and ``role`` gets
    one test per cell).
    """

    matrix: PermissionMatrix
    initial_state: str

    def pytest_generate_tests(self, metafunc):
        if "state" in metafunc.fixturenames and "role" in metafunc.fixturenames:
            metafunc.parametrize("state,role", self.matrix.cases())
        elif "state" in metafunc.fixturenames:
            metafunc.parametrize("state", self.matrix.states)

    def test_type_bound(self, portal):
        assert self.matrix.chain() == (self.matrix.workflow,)

    def test_initial_state(self, portal):
        assert self.matrix.initial_state(portal) == self.initial_state

    def test_permissions(self, portal, state):
        """View, edit, add, delete, notes, sharing and transitions of every
        role in ``state`` (one object per state; every failing role listed)."""
        self.matrix.check_state(portal, state)


def play(obj, steps) -> list[dict]:
    """Run ``steps`` (role, transition, expected state, comment) on ``obj``.

    Each transition is triggered with only ``role`` (``act_as``); checks the
    state after each step and that the workflow history records exactly the
    steps' transitions and comments. Returns those history entries.
    """
    for role, transition, state, comment in steps:
        act_as(obj, role)
        api.content.transition(obj=obj, transition=transition, comment=comment)
        assert api.content.get_state(obj) == state, (role, transition, state)
    history = [h for h in obj.workflow_history[workflow_id(obj)] if h["action"]]
    assert [h["action"] for h in history] == [step[1] for step in steps]
    assert [h["comments"] for h in history] == [step[3] for step in steps]
    return history


def _raises(exception, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exception as error:
        return error
    raise AssertionError(f"{func.__name__} did not raise {exception.__name__}")


def assert_refused(obj, transition: str) -> None:
    """The current user may not trigger ``transition`` on ``obj``.

    Both ``plone.api`` (InvalidParameterError) and the workflow tool
    (WorkflowException) refuse; the state and the history do not change.
    """
    history = obj.workflow_history[workflow_id(obj)]
    length, state = len(history), api.content.get_state(obj)
    _raises(
        api.exc.InvalidParameterError,
        api.content.transition,
        obj=obj,
        transition=transition,
    )
    _raises(
        WorkflowException,
        api.portal.get_tool("portal_workflow").doActionFor,
        obj,
        transition,
    )
    assert api.content.get_state(obj) == state
    assert len(obj.workflow_history[workflow_id(obj)]) == length


def rest_world(portal, portal_type, id, local_roles, *, transition=None, **fields):
    """For REST tests: a committed ``portal_type`` ``id`` (after ``transition``)
    and one user per ``{userid: local role}`` (password ``ia.core.testing.PASSWORD``).
    """
    from ia.core.testing import create_user
    from ia.core.testing import grant_local

    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=portal, type=portal_type, id=id, **fields)
        if transition:
            api.content.transition(obj=obj, transition=transition)
        for userid, role in local_roles.items():
            create_user(userid)
            grant_local(obj, userid, role)
    transaction.commit()
    return obj


def rest(method: str, url: str, userid=None, **kwargs):
    """A JSON request to the running site as ``userid`` (anonymous if None)."""
    from ia.core.testing import PASSWORD
    import requests

    return requests.request(
        method,
        url,
        headers={"Accept": "application/json"},
        auth=(userid, PASSWORD) if userid else None,
        timeout=30,
        **kwargs,
    )
