"""Permissions of ia_publication_workflow: every state x every role, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows import testing
from ia.core.workflows.testing import PermissionMatrix
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import assert_refused
from ia.core.workflows.testing import create_in_state
from ia.core.workflows.testing import play
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import rest_world
from plone import api
import pytest
import transaction


TYPE = "IaTestPublication"
WORKFLOW = "ia_publication_workflow"
ROLES = testing.ROLES + ("Reviewer",)  # Plone's global reviewer publishes too

INSIDE = set(ROLES) - {"Anonymous", "Authenticated"}
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


OUTSIDERS = {
    "Anonymous",
    "Authenticated",
    "IaCopyReader",
    "Reviewer",
}  # never see internal notes

MATRIX = PermissionMatrix(
    TYPE,
    WORKFLOW,
    roles=ROLES,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)


@pytest.fixture()
def item_in(portal):
    def factory(state):
        return create_in_state(portal, TYPE, state)

    return factory


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "private"


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
        play(item, steps)

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
        assert_refused(item, "publish")
        assert api.content.get_state(item) == "proposed"

    def test_anonymous_cannot_archive(self, item_in):
        item = item_in("published")
        act_as(item, "Anonymous")
        assert_refused(item, "archive")
        assert api.content.get_state(item) == "published"


class TestRest:
    @pytest.fixture()
    def setup(self, functional_portal):
        item = rest_world(
            functional_portal,
            TYPE,
            "page",
            {"publisher": "IaReviewer1", "editor": "IaEditor"},
            transition="propose",
            title="Page",
        )
        return item, functional_portal.absolute_url()

    def test_publish_makes_it_public(self, setup):
        item, base = setup
        assert rest("GET", f"{base}/page").status_code == 401
        response = rest("POST", f"{base}/page/@workflow/publish", "publisher", json={})
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "published"
        anonymous = rest("GET", f"{base}/page")
        assert anonymous.status_code == 200
        assert anonymous.json()["review_state"] == "published"

    def test_editor_cannot_publish(self, setup):
        item, base = setup
        response = rest("POST", f"{base}/page/@workflow/publish", "editor", json={})
        assert response.status_code in (400, 403), response.text
        assert response.json()["error"]["type"] == "WorkflowException"
        transaction.begin()
        assert api.content.get_state(item) == "proposed"
