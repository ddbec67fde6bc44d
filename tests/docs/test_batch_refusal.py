"""A product's refusal keeps its own message in the core's batch transitions."""

from ia.core.dashboard.transitions import apply_transition
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles


def test_batch_reports_the_product_message(portal, registered):
    without_agent = registered(id="m1", title="Sans agent")
    with_agent = registered(id="m2", title="Avec agent", assigned_agent="agent1")
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    for mail in (without_agent, with_agent):
        api.content.transition(obj=mail, transition="propose_to_manager")

    results = {
        r.uid: r
        for r in apply_transition(
            [without_agent.UID(), with_agent.UID()], "propose_to_agent"
        )
    }

    refused = results[without_agent.UID()]
    assert not refused.success
    assert "Choisissez l'agent traitant" in refused.message or (
        "Choose the assigned agent" in refused.message
    ), refused.message
    assert api.content.get_state(without_agent) == "proposed_to_manager"
    assert results[with_agent.UID()].success
    assert api.content.get_state(with_agent) == "proposed_to_agent"
