"""Permissions of ia_publication_workflow: every state x every role, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows import testing
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import play
from ia.core.workflows.testing import rest
from plone import api
from tests.core.workflow_helpers import assert_rest_refused
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix
from tests.core.workflow_helpers import rest_fixture


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

MATRIX = matrix(
    TYPE,
    WORKFLOW,
    roles=ROLES,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)


item_in = in_state_fixture(TYPE)


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
        assert_role_refused(item, "IaEditor", "publish", "proposed")

    def test_anonymous_cannot_archive(self, item_in):
        item = item_in("published")
        assert_role_refused(item, "Anonymous", "archive", "published")


setup = rest_fixture(
    TYPE,
    "page",
    {"publisher": "IaReviewer1", "editor": "IaEditor"},
    transition="propose",
    title="Page",
)


class TestRest:
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
        assert_rest_refused(response, item, "proposed")
