"""ia_validation_workflow: every state x every role, levels, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows import guards
from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import WorkflowMatrixTests
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import transitions
from plone import api
from plone.app.testing import TEST_USER_ID
from Products.CMFCore.WorkflowCore import WorkflowException
from tests.core.workflow_helpers import assert_rest_refused
from tests.core.workflow_helpers import assert_role_refused
from tests.core.workflow_helpers import in_state_fixture
from tests.core.workflow_helpers import matrix
from tests.core.workflow_helpers import rest_fixture
from zope.schema.interfaces import TooBig
import pytest
import transaction


TYPE = "IaTestDocument"
WORKFLOW = "ia_validation_workflow"

# Everyone inside but the copy services.
SERVICE = set(ROLES) - {"Anonymous", "Authenticated", "IaCopyReader"}

# state -> roles that may view; copy services read only validated documents.
VIEW = {
    "draft": SERVICE,
    "proposed": SERVICE,
    "proposed_n2": SERVICE,
    "proposed_n3": SERVICE,
    "validated": SERVICE | {"IaCopyReader"},
}

# state -> roles that may edit: the authors in draft, then only the reviewer
# holding the ball (and the service manager); nobody but admins once validated.
EDIT = {
    "draft": {
        "Owner",
        "IaEncoder",
        "IaEditor",
        "IaAgent",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "proposed": {"IaReviewer1", "IaServiceManager", "Site Administrator", "Manager"},
    "proposed_n2": {"IaReviewer2", "IaServiceManager", "Site Administrator", "Manager"},
    "proposed_n3": {"IaReviewer3", "IaServiceManager", "Site Administrator", "Manager"},
    "validated": {"Site Administrator", "Manager"},
}

DELETE = {
    "draft": {"Owner", "IaServiceManager", "Site Administrator", "Manager"},
    "proposed": {"Site Administrator", "Manager"},
    "proposed_n2": {"Site Administrator", "Manager"},
    "proposed_n3": {"Site Administrator", "Manager"},
    "validated": {"Site Administrator", "Manager"},
}

# state -> {role: transitions} with ONE validation level (the default);
# roles not listed have no transition.
TRANSITIONS = {
    "draft": {
        "Owner": {"propose"},
        "IaEncoder": {"propose"},
        "IaEditor": {"propose"},
        "IaAgent": {"propose"},
        "IaServiceManager": {"propose"},
        "Site Administrator": {"propose"},
        "Manager": {"propose"},
    },
    "proposed": {
        "IaReviewer1": {"validate", "back_to_draft"},
        "IaServiceManager": {"validate", "back_to_draft"},
        "Site Administrator": {"validate", "back_to_draft"},
        "Manager": {"validate", "back_to_draft"},
    },
    # Reached before the levels were lowered to 1: validation stays possible.
    "proposed_n2": {
        "IaReviewer2": {"validate", "back_to_proposed", "back_to_draft"},
        "IaServiceManager": {"validate", "back_to_proposed", "back_to_draft"},
        "Site Administrator": {"validate", "back_to_proposed", "back_to_draft"},
        "Manager": {"validate", "back_to_proposed", "back_to_draft"},
    },
    "proposed_n3": {
        "IaReviewer3": {"validate", "back_to_proposed_n2", "back_to_draft"},
        "IaServiceManager": {"validate", "back_to_proposed_n2", "back_to_draft"},
        "Site Administrator": {"validate", "back_to_proposed_n2", "back_to_draft"},
        "Manager": {"validate", "back_to_proposed_n2", "back_to_draft"},
    },
    "validated": {
        "IaServiceManager": {"back_to_draft"},
        "Site Administrator": {"back_to_draft"},
        "Manager": {"back_to_draft"},
    },
}


OUTSIDERS = {"Anonymous", "Authenticated", "IaCopyReader"}  # never see internal notes

MATRIX = matrix(
    TYPE,
    WORKFLOW,
    view=VIEW,
    edit=EDIT,
    delete=DELETE,
    transitions=TRANSITIONS,
    outsiders=OUTSIDERS,
)


doc_in = in_state_fixture(TYPE)


def set_levels(levels):
    api.portal.set_registry_record(guards.REGISTRY_RECORD, levels)


class TestMatrix(WorkflowMatrixTests):
    matrix = MATRIX
    initial_state = "draft"


class TestLevels:
    def test_default_is_one_level(self, doc_in):
        assert guards.validation_levels(doc_in("draft")) == 1

    def test_one_level(self, doc_in):
        set_levels(1)
        doc = doc_in("proposed")
        act_as(doc, "IaReviewer1")
        assert "validate" in transitions(doc)
        assert "propose_n2" not in transitions(doc)

    def test_two_levels(self, doc_in):
        set_levels(2)
        doc = doc_in("proposed")
        act_as(doc, "IaReviewer1")
        assert transitions(doc) == {"propose_n2", "back_to_draft"}
        doc = doc_in("proposed_n2")
        act_as(doc, "IaReviewer2")
        assert transitions(doc) == {"validate", "back_to_proposed", "back_to_draft"}

    def test_three_levels_pass_n2_and_n3(self, doc_in):
        set_levels(3)
        doc = doc_in("draft")
        chain = (
            ("Owner", "propose", "proposed"),
            ("IaReviewer1", "propose_n2", "proposed_n2"),
            ("IaReviewer2", "propose_n3", "proposed_n3"),
            ("IaReviewer3", "validate", "validated"),
        )
        for role, transition, state in chain:
            act_as(doc, role)
            assert "validate" not in transitions(doc) or state == "validated"
            api.content.transition(obj=doc, transition=transition)
            assert api.content.get_state(doc) == state

    def test_reviewer1_cannot_skip_level_2(self, doc_in):
        set_levels(2)
        doc = doc_in("proposed")
        act_as(doc, "IaReviewer1")
        with pytest.raises(WorkflowException):
            api.portal.get_tool("portal_workflow").doActionFor(doc, "validate")
        assert api.content.get_state(doc) == "proposed"

    def test_reviewer_of_another_level_cannot_act(self, doc_in):
        set_levels(3)
        doc = doc_in("proposed")
        act_as(doc, "IaReviewer2")
        assert transitions(doc) == set()

    def test_lowering_levels_never_blocks(self, doc_in):
        set_levels(3)
        doc = doc_in("proposed_n2")
        set_levels(1)
        act_as(doc, "IaReviewer2")
        assert "validate" in transitions(doc)
        assert "propose_n3" not in transitions(doc)

    def test_service_levels_win(self, doc_in, monkeypatch):
        calls = []

        def validation_levels(service_uid):
            calls.append(service_uid)
            return 3

        monkeypatch.setattr(guards, "service_levels", validation_levels)
        set_levels(1)
        doc = doc_in("proposed")
        doc.responsible_services = ["svc-uid-1", "svc-uid-2"]
        assert guards.validation_levels(doc) == 3
        assert calls == ["svc-uid-1"]
        act_as(doc, "IaReviewer1")
        assert transitions(doc) == {"propose_n2", "back_to_draft"}

    def test_unknown_service_falls_back_to_registry(self, doc_in, monkeypatch):
        def validation_levels(service_uid):
            raise LookupError(service_uid)

        monkeypatch.setattr(guards, "service_levels", validation_levels)
        set_levels(2)
        doc = doc_in("proposed")
        doc.responsible_services = ["gone"]
        assert guards.validation_levels(doc) == 2

    @pytest.mark.parametrize("value,expected", [(0, 1), (7, 3), ("2", 2), ("x", 1)])
    def test_service_values_are_clamped(self, doc_in, monkeypatch, value, expected):
        monkeypatch.setattr(guards, "service_levels", lambda uid: value)
        doc = doc_in("draft")
        doc.responsible_services = ["svc"]
        assert guards.validation_levels(doc) == expected

    def test_registry_refuses_out_of_range(self, portal):
        with pytest.raises(TooBig):
            set_levels(4)
        assert api.portal.get_registry_record(guards.REGISTRY_RECORD) == 1


class TestRefusals:
    def test_reader_cannot_validate(self, doc_in):
        doc = doc_in("proposed")
        assert_role_refused(doc, "IaReader", "validate", "proposed")

    def test_owner_cannot_unvalidate(self, doc_in):
        doc = doc_in("validated")
        assert_role_refused(doc, "Owner", "back_to_draft", "validated")

    def test_back_transition_records_comment(self, doc_in):
        doc = doc_in("proposed")
        act_as(doc, "IaReviewer1")
        api.content.transition(
            obj=doc, transition="back_to_draft", comment="Motivation incomplète"
        )
        last = doc.workflow_history[WORKFLOW][-1]
        assert last["review_state"] == "draft"
        assert last["action"] == "back_to_draft"
        assert last["comments"] == "Motivation incomplète"
        assert last["actor"] == TEST_USER_ID


class TestGuardsView:
    def test_summary(self, doc_in):
        doc = doc_in("proposed")
        view = doc.restrictedTraverse("@@ia-workflow-guards")
        assert view.levels() == 1
        assert view.can_validate() is True
        assert view.can_propose_n2() is False
        assert '"can_validate": true' in view()


setup = rest_fixture(
    TYPE,
    "note",
    {"reviewer": "IaReviewer1", "reader": "IaReader"},
    transition="propose",
    title="Note",
)


class TestRest:
    def post(self, url, userid, comment):
        return rest("POST", url, userid, json={"comment": comment})

    def test_reviewer_validates(self, setup):
        doc, base = setup
        response = self.post(f"{base}/note/@workflow/validate", "reviewer", "OK")
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "validated"
        assert response.json()["comments"] == "OK"
        transaction.begin()
        assert api.content.get_state(doc) == "validated"

    def test_reader_is_refused(self, setup):
        doc, base = setup
        response = self.post(f"{base}/note/@workflow/validate", "reader", "no")
        assert_rest_refused(response, doc, "proposed")
