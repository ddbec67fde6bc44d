"""The hand-over iA.Example registers: a follow-up request from any suite
document with responsible services (here the core's test document)."""

from ia.core.handovers import api as handovers
from ia.core.handovers.errors import HandoverForbidden
from ia.core.links import api as links
from ia.core.testing import create_document
from ia.core.workflows.testing import set_state
from plone import api
from plone.app.testing import login
from tests.example.ia_example.content import TYPE
from tests.example.ia_example.handovers import HANDOVER
import pytest


@pytest.fixture
def document(portal, services):
    return create_document(portal, services=[services["travaux"]], title="Voirie")


def offered(document):
    return [offer.id for offer in handovers.available(source=document)]


def test_offered_to_who_treats_the_document(portal, document):
    login(portal, "agent1")
    assert HANDOVER.id in offered(document)


def test_not_offered_to_another_service(portal, document):
    login(portal, "autre")
    assert HANDOVER.id not in offered(document)
    with pytest.raises(HandoverForbidden):
        handovers.hand_over(source=document, handover=HANDOVER.id)


def test_not_offered_on_a_request(portal, request_in):
    request = request_in("in_treatment")
    login(portal, "agent1")
    assert HANDOVER.id not in offered(request)


def test_not_offered_in_a_final_state(portal, document):
    set_state(document, "validated")
    login(portal, "agent1")
    assert HANDOVER.id not in offered(document)


def test_hand_over_creates_a_linked_request_once(portal, document, services):
    login(portal, "agent1")
    request = handovers.hand_over(source=document, handover=HANDOVER.id)
    assert request.portal_type == TYPE
    assert request.Title() == "Voirie"
    assert list(request.responsible_services) == [services["travaux"]]
    assert links.targets(source=document, kind="ia.gave_rise_to") == [request]
    assert links.sources(target=request, kind="ia.gave_rise_to") == [document]
    assert handovers.done(source=document, handover=HANDOVER.id) == [request]
    assert HANDOVER.id not in offered(document)  # once
    assert api.content.get_state(request) == "received"
    assert request.Creator() == "agent1"
    assert "Owner" in api.user.get_roles(username="agent1", obj=request)
