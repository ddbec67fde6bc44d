"""Who has the ball: the shared workflows' data and products' own workflows."""

from ia.core.dashboard.ball import ball_keys
from ia.core.workflows import ball
from ia.core.workflows.interfaces import IWorkflowBall
from zope.component import getGlobalSiteManager
import pytest


PRODUCT_WORKFLOW = "ia_test_product_workflow"


@pytest.fixture
def product_ball():
    """A product describing its own workflow, as its ZCML would."""
    component = ball.WorkflowBall(
        {"created": ("IaEditor",), "to_sign": ("IaServiceManager",), "sent": ()}
    )
    gsm = getGlobalSiteManager()
    gsm.registerUtility(component, IWorkflowBall, name=PRODUCT_WORKFLOW)
    yield component
    gsm.unregisterUtility(component, IWorkflowBall, name=PRODUCT_WORKFLOW)


class TestSharedWorkflows:
    def test_validation_levels(self):
        assert ball.roles_for_state("ia_validation_workflow", "proposed") == (
            "IaReviewer1",
        )
        assert ball.states_for_role("ia_validation_workflow", "IaReviewer2") == (
            "proposed_n2",
        )

    def test_final_state_has_no_ball(self):
        assert ball.roles_for_state("ia_case_workflow", "closed") == ()

    def test_unknown_state(self):
        with pytest.raises(ValueError, match="no state 'nope'"):
            ball.roles_for_state("ia_case_workflow", "nope")


class TestProductWorkflow:
    def test_unknown_workflow_is_an_error(self):
        with pytest.raises(ValueError, match=PRODUCT_WORKFLOW):
            ball.roles_for_state(PRODUCT_WORKFLOW, "created")

    def test_registered_utility_is_used(self, product_ball):
        assert ball.roles_for_state(PRODUCT_WORKFLOW, "to_sign") == (
            "IaServiceManager",
        )
        assert ball.states_for_role(PRODUCT_WORKFLOW, "IaEditor") == ("created",)
        assert ball.roles_for_state(PRODUCT_WORKFLOW, "sent") == ()

    def test_index_keys_follow_the_product_ball(
        self, portal, product_ball, monkeypatch
    ):
        from ia.core.dashboard import ball as ball_index
        from plone import api
        from plone.app.testing import TEST_USER_ID
        from plone.app.testing import setRoles

        setRoles(portal, TEST_USER_ID, ["Manager"])
        service = api.content.create(
            portal["organisation"], "IaService", id="svc", title="Service"
        )
        doc = api.content.create(
            portal, "IaTestDocument", title="Doc", responsible_services=[service.UID()]
        )
        # The document as if it were under the product's workflow, in "to_sign".
        monkeypatch.setattr(
            ball_index, "_workflow_states", lambda obj: [(PRODUCT_WORKFLOW, "to_sign")]
        )
        assert ball_keys(doc) == {f"{service.UID()}:IaServiceManager"}
