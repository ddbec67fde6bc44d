"""A small municipality for dashboard tests (the core's and the products').

Two services, four users, five documents:

- Urbanisme (A): alice is encoder, rita is reviewer1; nobody holds no function;
- Travaux (B): bob is encoder; B is a copy service of one document of A.

Documents (IaTestDocument, ia_validation_workflow):

- ``d1``: A, agent alice, draft, due yesterday (overdue);
- ``d2``: A, proposed (rita has the ball), copy B (who may not read it yet),
  due in ten days;
- ``d3``: A, validated (final), agent alice, copy B, due long ago (never overdue);
- ``d4``: B, agent bob, draft;
- ``d5``: B, proposed (nobody of ours reviews B).
"""

from datetime import date
from datetime import timedelta
from ia.core.dashboard import principal
from ia.core.orgchart import api as orgchart
from ia.core.testing import PASSWORD  # noqa: F401 (the users' password)
from ia.core.testing import create_document
from ia.core.testing import create_service
from ia.core.testing import create_user
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles


TYPE = "IaTestDocument"
USERS = ("alice", "rita", "bob", "nobody")


def make_doc(
    container,
    id,
    title,
    services,
    state,
    *,
    agent=None,
    copy=None,
    due=None,
    reference=None,
):
    return create_document(
        container,
        TYPE,
        id=id,
        title=title,
        services=services,
        state=state,
        reference=reference,
        assigned_agent=agent,
        copy_services=list(copy or []),
        due_date=due,
    )


def build(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    for userid in USERS:
        create_user(userid, userid.capitalize() + " Dupont")
    chart = orgchart.get_orgchart(portal)
    a = create_service(
        chart, "Urbanisme", [("encoder", "alice"), ("reviewer1", "rita")]
    )
    b = create_service(chart, "Travaux", [("encoder", "bob")])
    folder = api.content.create(
        container=portal, type="Folder", id="docs", title="Docs"
    )
    today = date.today()
    docs = {
        "d1": make_doc(
            folder,
            "d1",
            "Permis rue Haute",
            [a.UID()],
            "draft",
            agent="alice",
            due=today - timedelta(days=1),
            reference="PU/2026/001",
        ),
        "d2": make_doc(
            folder,
            "d2",
            "Avis voirie",
            [a.UID()],
            "proposed",
            copy=[b.UID()],
            due=today + timedelta(days=10),
            reference="PU/2026/002",
        ),
        "d3": make_doc(
            folder,
            "d3",
            "Dossier clos",
            [a.UID()],
            "validated",
            agent="alice",
            copy=[b.UID()],
            due=today - timedelta(days=100),
            reference="PU/2026/003",
        ),
        "d4": make_doc(
            folder,
            "d4",
            "Réfection trottoir",
            [b.UID()],
            "draft",
            agent="bob",
            reference="T/2026/001",
        ),
        "d5": make_doc(
            folder,
            "d5",
            "Éclairage public",
            [b.UID()],
            "proposed",
            reference="T/2026/002",
        ),
    }
    principal.clear_cache()
    return {"a": a.UID(), "b": b.UID(), "docs": docs, "folder": folder}


def as_user(portal, userid):
    principal.clear_cache()
    login(portal, userid)


def ids(brains_or_rows):
    result = set()
    for item in brains_or_rows:
        result.add(
            item["url"].rsplit("/", 1)[-1] if isinstance(item, dict) else item.getId
        )
    return result
