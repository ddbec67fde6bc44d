"""Permissions of ia_case_workflow: every state x every role, refusals, REST.

The expected tables are written out here on purpose: they are the
specification, not a copy of the XML.
"""

from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import create_in_state
from ia.core.workflows.testing import ensure_main_schema
from ia.core.workflows.testing import observe
from plone import api
from plone.app.testing import TEST_USER_ID
from Products.CMFCore.WorkflowCore import WorkflowException
import pytest
import requests
import transaction


TYPE = "IaTestCase"
WORKFLOW = "ia_case_workflow"
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
    "Site Administrator",
    "Manager",
)
STATES = ("received", "in_treatment", "closed")

# Copy services read a case from its reception on.
EVERYONE_INSIDE = {
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
}
VIEW = {
    "received": EVERYONE_INSIDE,
    "in_treatment": EVERYONE_INSIDE,
    "closed": EVERYONE_INSIDE,
}

EDIT = {
    "received": {
        "Owner",
        "IaEncoder",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "in_treatment": {
        "IaEditor",
        "IaAgent",
        "IaServiceManager",
        "Site Administrator",
        "Manager",
    },
    "closed": {"Site Administrator", "Manager"},
}

DELETE = {
    "received": {"Owner", "IaServiceManager", "Site Administrator", "Manager"},
    "in_treatment": {"Site Administrator", "Manager"},
    "closed": {"Site Administrator", "Manager"},
}

TRANSITIONS = {
    "received": {
        "IaEncoder": {"treat"},
        "IaServiceManager": {"treat"},
        "Site Administrator": {"treat"},
        "Manager": {"treat"},
    },
    "in_treatment": {
        "IaAgent": {"close", "back_to_received"},
        "IaEditor": {"close"},
        "IaServiceManager": {"close", "back_to_received"},
        "Site Administrator": {"close", "back_to_received"},
        "Manager": {"close", "back_to_received"},
    },
    "closed": {
        "IaServiceManager": {"reopen"},
        "Site Administrator": {"reopen"},
        "Manager": {"reopen"},
    },
}


@pytest.fixture()
def case_in(portal):
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
        case = api.content.create(container=portal, type=TYPE, title="Demande")
    assert api.content.get_state(case) == "received"


OUTSIDERS = {"Anonymous", "Authenticated", "IaCopyReader"}  # never see internal notes
ADMINS = {"Site Administrator", "Manager"}  # only they change sharing


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", STATES)
def test_permissions(state, role, case_in):
    """View, edit, add, delete, notes, sharing and transitions of a role in a state."""
    case = case_in(state)
    act_as(case, role)
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
    assert observe(case) == expected


class TestFlow:
    def test_full_cycle_with_back_transitions(self, case_in):
        case = case_in("received")
        steps = (
            ("IaEncoder", "treat", "in_treatment", ""),
            ("IaAgent", "back_to_received", "received", "Pas pour notre service"),
            ("IaServiceManager", "treat", "in_treatment", ""),
            ("IaAgent", "close", "closed", ""),
            ("IaServiceManager", "reopen", "in_treatment", "Réponse incomplète"),
            ("IaEditor", "close", "closed", ""),
        )
        for role, transition, state, comment in steps:
            act_as(case, role)
            api.content.transition(obj=case, transition=transition, comment=comment)
            assert api.content.get_state(case) == state
        history = [h for h in case.workflow_history[WORKFLOW] if h["action"]]
        assert [h["action"] for h in history] == [s[1] for s in steps]
        assert [h["comments"] for h in history] == [s[3] for s in steps]
        assert {h["actor"] for h in history} == {TEST_USER_ID}


class TestRefusals:
    def test_agent_cannot_reopen(self, case_in):
        case = case_in("closed")
        act_as(case, "IaAgent")
        history = len(case.workflow_history[WORKFLOW])
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.transition(obj=case, transition="reopen")
        with pytest.raises(WorkflowException):
            api.portal.get_tool("portal_workflow").doActionFor(case, "reopen")
        assert api.content.get_state(case) == "closed"
        assert len(case.workflow_history[WORKFLOW]) == history

    def test_copy_reader_cannot_close(self, case_in):
        case = case_in("in_treatment")
        act_as(case, "IaCopyReader")
        with pytest.raises(WorkflowException):
            api.portal.get_tool("portal_workflow").doActionFor(case, "close")
        assert api.content.get_state(case) == "in_treatment"

    def test_unknown_transition(self, case_in):
        case = case_in("received")
        act_as(case, "Manager")
        with pytest.raises(api.exc.InvalidParameterError) as info:
            api.content.transition(obj=case, transition="publish")
        assert "treat" in str(info.value)
        assert api.content.get_state(case) == "received"


class TestRest:
    @pytest.fixture()
    def setup(self, functional_portal):
        ensure_main_schema(TYPE)
        with api.env.adopt_roles(["Manager"]):
            case = api.content.create(
                container=functional_portal, type=TYPE, id="case", title="Demande"
            )
            for userid, role in (("encoder", "IaEncoder"), ("copy", "IaCopyReader")):
                api.user.create(
                    email=f"{userid}@example.org",
                    username=userid,
                    password="secret-Pw-123",
                )
                api.user.grant_roles(username=userid, obj=case, roles=[role])
        transaction.commit()
        return case, functional_portal.absolute_url()

    def call(self, method, url, userid):
        return requests.request(
            method,
            url,
            headers={"Accept": "application/json"},
            auth=(userid, "secret-Pw-123"),
            timeout=30,
        )

    def test_encoder_puts_in_treatment(self, setup):
        case, base = setup
        response = self.call("POST", f"{base}/case/@workflow/treat", "encoder")
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "in_treatment"
        transaction.begin()
        assert api.content.get_state(case) == "in_treatment"

    def test_copy_reader_is_refused(self, setup):
        case, base = setup
        assert self.call("GET", f"{base}/case", "copy").status_code == 200
        response = self.call("POST", f"{base}/case/@workflow/treat", "copy")
        assert response.status_code in (400, 403), response.text
        assert response.json()["error"]["type"] == "WorkflowException"
        transaction.begin()
        assert api.content.get_state(case) == "received"
