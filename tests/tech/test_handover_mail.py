"""Every product installed (SUITE layer): an incoming mail (iA.Docs) becomes
a work request through ia.tech's hand-over; a council decision and an
order are linked through the core's links."""

from datetime import date
from ia.core.directory.api import find_or_create_person
from ia.core.handovers import api as handovers
from ia.core.handovers.errors import HandoverForbidden
from ia.core.links import api as links
from ia.core.links.kinds import get_kind
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import set_state
from ia.tech import triage
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from tests.docs.delib_link_world import INTEGRATION_FIXTURES
import pytest


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite

globals().update(INTEGRATION_FIXTURES)

HANDOVER = "ia.tech.request_from_mail"


@pytest.fixture
def portal(integration):
    return integration["portal"]


@pytest.fixture
def mail(portal):
    from ia.docs.area import get_mail_area  # noqa: PLC0415 - test of the suite only

    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("encodeur", "agent1", "chef", "autre"):
        create_user(userid)
    chart = portal["organisation"]
    create_service(chart, "Travaux", [("manager", "chef")])
    culture = create_service(
        chart, "Culture", [("editor", "agent1"), ("encoder", "encodeur")]
    )
    create_service(chart, "Finances", [("editor", "autre")])
    sender = find_or_create_person(firstname="Jean", lastname="Dupont")
    login(portal, "encodeur")
    mail = api.content.create(
        container=get_mail_area(portal),
        type="IaIncomingMail",
        title="Trottoir dangereux rue Haute",
        mail_type="request",
        reception_date=date(2026, 11, 20),
        sender=sender.UID(),
        responsible_services=[culture.UID()],
        assigned_agent="agent1",
    )
    login(portal, TEST_USER_NAME)
    set_state(mail, "in_treatment")
    return mail


def offered(mail, userid):
    with api.env.adopt_user(username=userid):
        return HANDOVER in {h.id for h in handovers.available(source=mail)}


def test_mail_becomes_a_work_request(portal, mail):
    assert offered(mail, "agent1")
    assert not offered(mail, "autre")
    login(portal, "agent1")
    request = handovers.hand_over(source=mail, handover=HANDOVER, request_type="roads")
    assert request.portal_type == "IaTechRequest"
    assert request.Title() == "Trottoir dangereux rue Haute"
    assert request.request_type == "roads"
    assert request.origin == "mail"
    assert request.requester == mail.sender
    assert request.requesting_service == mail.responsible_services[0]
    assert api.content.get_state(request) == "submitted"
    assert links.targets(source=mail, kind="ia.gave_rise_to") == [request]
    assert not offered(mail, "agent1")  # once


def test_refused_for_another_service_or_a_closed_mail(portal, mail):
    login(portal, "autre")
    with pytest.raises(HandoverForbidden):
        handovers.hand_over(source=mail, handover=HANDOVER)
    set_state(mail, "closed")
    assert not offered(mail, "agent1")


def test_decision_and_pst_links(portal, mail):
    login(portal, "agent1")
    request = handovers.hand_over(source=mail, handover=HANDOVER)
    login(portal, TEST_USER_NAME)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    order = triage.accept(request)
    links.link(source=order, target=mail, kind="ia.decided_by")
    assert links.targets(source=order, kind="ia.decided_by") == [mail]
    assert get_kind("ia.tech.contributes_to").manual
    links.link(source=order, target=mail, kind="ia.tech.contributes_to")
    assert links.sources(target=mail, kind="ia.tech.contributes_to") == [order]
