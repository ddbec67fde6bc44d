"""Helpers of the task tests: a document that accepts tasks, owned by someone else."""

from ia.core.testing import create_document
from ia.core.testing import create_user
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles


def allow_tasks(portal_type="IaTestDocument"):
    """Let ``portal_type`` hold tasks (the layer rolls the change back)."""
    fti = api.portal.get_tool("portal_types")[portal_type]
    allowed = tuple(fti.allowed_content_types)
    if "IaTask" not in allowed:
        fti.allowed_content_types = allowed + ("IaTask",)


def task_container(portal, services=(), owner="proprietaire", **fields):
    """An IaTestDocument allowing tasks, owned by ``owner`` (not the test user,
    whose roles a matrix test sets on the task alone)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    allow_tasks()
    if api.user.get(userid=owner) is None:
        create_user(owner)
    doc = create_document(portal, services=services, **fields)
    doc.manage_delLocalRoles([TEST_USER_ID])
    doc.manage_setLocalRoles(owner, ["Owner"])
    doc.reindexObjectSecurity()
    return doc


def task_world(portal):
    """Urbanisme (A) holds a document; it asks Travaux (B) for a task.

    - A: ``ed_a`` editor (creates the task), ``lect_a`` reader;
    - B: ``chef_b`` manager, ``agent_b1`` (assigned) and ``agent_b2`` editors;
    - C: ``autre`` editor, unrelated.

    The task ``t1`` is due yesterday (overdue).
    """
    from datetime import date
    from datetime import timedelta
    from ia.core.orgchart.api import get_orgchart
    from ia.core.testing import create_service

    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    for userid in ("ed_a", "lect_a", "chef_b", "agent_b1", "agent_b2", "autre"):
        create_user(userid, userid.replace("_", " ").title())
    chart = get_orgchart(portal)
    a = create_service(chart, "Urbanisme", [("editor", "ed_a"), ("reader", "lect_a")])
    b = create_service(
        chart,
        "Travaux",
        [("manager", "chef_b"), ("editor", "agent_b1"), ("editor", "agent_b2")],
    )
    c = create_service(chart, "Culture", [("editor", "autre")])
    doc = task_container(portal, services=[a.UID()], title="Permis rue Haute")
    login(portal, "ed_a")
    task = api.content.create(
        container=doc,
        type="IaTask",
        id="t1",
        title="Vérifier le trottoir",
        instructions="Mesurer la largeur.",
        responsible_services=[b.UID()],
        assigned_agent="agent_b1",
        due_date=date.today() - timedelta(days=1),
    )
    login(portal, TEST_USER_NAME)
    return {"a": a.UID(), "b": b.UID(), "c": c.UID(), "doc": doc, "task": task}
