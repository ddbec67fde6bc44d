"""Permissions of ia_publication_workflow: every state x every role, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import create_in_state
from ia.core.workflows.testing import ensure_main_schema
from ia.core.workflows.testing import observe
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
import pytest
import requests
import transaction


TYPE = "IaTestPublication"
WORKFLOW = "ia_publication_workflow"
ROLES = (
    "Anonymous",
    "Authenticated",
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
    "Reviewer",
    "Site Administrator",
    "Manager",
)
STATES = ("private", "proposed", "published", "archived")

INSIDE = {
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
    "Reviewer",
    "Site Administrator",
    "Manager",
}
EVERYBODY = set(ROLES)
# Archived content stays public (legal publicity, stable links); listings
# of current content filter on review_state == "published".
VIEW = {
    "private": INSIDE,
    "proposed": INSIDE,
    "published": EVERYBODY,
    "archived": EVERYBODY,
}

EDIT = {
    "private": {
        "Owner",
        "IaEncoder",
        "IaEditor",
        "IaAgent",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "proposed": {
        "IaReviewer1",
        "IaServiceManager",
        "Reviewer",
        "Site Administrator",
        "Manager",
    },
    "published": {"IaServiceManager", "Site Administrator", "Manager"},
    "archived": {"Site Administrator", "Manager"},
}

DELETE = {
    "private": {"Owner", "IaServiceManager", "Site Administrator", "Manager"},
    "proposed": {"Site Administrator", "Manager"},
    "published": {"Site Administrator", "Manager"},
    "archived": {"Site Administrator", "Manager"},
}

PUBLISHERS = (
    "IaReviewer1",
    "IaServiceManager",
    "Reviewer",
    "Site Administrator",
    "Manager",
)
TRANSITIONS = {
    "private": {
        "Owner": {"propose"},
        "IaEncoder": {"propose"},
        "IaEditor": {"propose"},
        "IaAgent": {"propose"},
        "IaReviewer1": {"publish"},
        "Reviewer": {"publish"},
        "IaServiceManager": {"propose", "publish"},
        "Site Administrator": {"propose", "publish"},
        "Manager": {"propose", "publish"},
    },
    "proposed": {role: {"publish", "reject"} for role in PUBLISHERS},
    "published": {role: {"retract", "archive"} for role in PUBLISHERS},
    "archived": {role: {"republish"} for role in PUBLISHERS},
}


@pytest.fixture()
def item_in(portal):
    def factory(state):
        return create_in_state(portal, TYPE, state)

    return factory


def test_type_bound(portal):
    assert api.portal.get_tool("portal_workflow").getChainForPortalType(TYPE) == (
        WORKFLOW,
    )


def test_initial_state(portal):
    ensure_main_schema(TYPE)
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(container=portal, type=TYPE, title="Règlement")
    assert api.content.get_state(item) == "private"


OUTSIDERS = {
    "Anonymous",
    "Authenticated",
    "IaCopyReader",
    "Reviewer",
}  # never see internal notes
ADMINS = {"Site Administrator", "Manager"}  # only they change sharing


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", STATES)
def test_permissions(state, role, item_in):
    """View, edit, add, delete, notes, sharing and transitions of a role in a state."""
    item = item_in(state)
    act_as(item, role)
    edit = role in EDIT[state]
    expected = {
        "view": role in VIEW[state],
        "access": role in VIEW[state],
        "edit": edit,
        "add": edit,
        "add_attachment": edit,
        "delete": role in DELETE[state],
        "view_notes": role not in OUTSIDERS,
        "sharing": role in ADMINS,
        "transitions": TRANSITIONS[state].get(role, set()),
    }
    assert observe(item) == expected


class TestFlow:
    def test_propose_reject_publish_archive(self, item_in):
        item = item_in("private")
        steps = (
            ("IaEditor", "propose", "proposed", ""),
            ("IaReviewer1", "reject", "private", "Image sans texte alternatif"),
            ("IaEditor", "propose", "proposed", ""),
            ("IaReviewer1", "publish", "published", ""),
            ("IaServiceManager", "archive", "archived", ""),
            ("Site Administrator", "republish", "published", ""),
            ("Reviewer", "retract", "private", "Erreur de date"),
        )
        for role, transition, state, comment in steps:
            act_as(item, role)
            api.content.transition(obj=item, transition=transition, comment=comment)
            assert api.content.get_state(item) == state
        history = [h for h in item.workflow_history[WORKFLOW] if h["action"]]
        assert [h["action"] for h in history] == [s[1] for s in steps]
        assert [h["comments"] for h in history] == [s[3] for s in steps]

    def test_catalog_follows_publication(self, item_in):
        item = item_in("private")
        act_as(item, "IaServiceManager")
        api.content.transition(obj=item, transition="publish")
        act_as(item, "Anonymous")
        assert [b.UID for b in api.content.find(UID=item.UID())] == [item.UID()]


class TestRefusals:
    def test_editor_cannot_publish(self, item_in):
        item = item_in("proposed")
        act_as(item, "IaEditor")
        history = len(item.workflow_history[WORKFLOW])
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.transition(obj=item, transition="publish")
        with pytest.raises(WorkflowException):
            api.portal.get_tool("portal_workflow").doActionFor(item, "publish")
        assert api.content.get_state(item) == "proposed"
        assert len(item.workflow_history[WORKFLOW]) == history

    def test_anonymous_cannot_archive(self, item_in):
        item = item_in("published")
        act_as(item, "Anonymous")
        with pytest.raises(WorkflowException):
            api.portal.get_tool("portal_workflow").doActionFor(item, "archive")
        assert api.content.get_state(item) == "published"


class TestRest:
    @pytest.fixture()
    def setup(self, functional_portal):
        ensure_main_schema(TYPE)
        with api.env.adopt_roles(["Manager"]):
            item = api.content.create(
                container=functional_portal, type=TYPE, id="page", title="Page"
            )
            api.content.transition(obj=item, transition="propose")
            for userid, role in (("publisher", "IaReviewer1"), ("editor", "IaEditor")):
                api.user.create(
                    email=f"{userid}@example.org",
                    username=userid,
                    password="secret-Pw-123",
                )
                api.user.grant_roles(username=userid, obj=item, roles=[role])
        transaction.commit()
        yield item, functional_portal.absolute_url()

    def post(self, url, userid):
        return requests.post(
            url,
            headers={"Accept": "application/json"},
            auth=(userid, "secret-Pw-123"),
            json={},
            timeout=30,
        )

    def test_publish_makes_it_public(self, setup):
        item, base = setup
        assert (
            requests.get(
                f"{base}/page", headers={"Accept": "application/json"}, timeout=30
            ).status_code
            == 401
        )
        response = self.post(f"{base}/page/@workflow/publish", "publisher")
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "published"
        anonymous = requests.get(
            f"{base}/page", headers={"Accept": "application/json"}, timeout=30
        )
        assert anonymous.status_code == 200
        assert anonymous.json()["review_state"] == "published"

    def test_editor_cannot_publish(self, setup):
        item, base = setup
        response = self.post(f"{base}/page/@workflow/publish", "editor")
        assert response.status_code in (400, 403), response.text
        assert response.json()["error"]["type"] == "WorkflowException"
        transaction.begin()
        assert api.content.get_state(item) == "proposed"
