"""A permit goes to the college through iA.Delib and the decision comes back
(SUITE layer: every product installed). iA.Delib's hand-over
``ia.delib.college_item_from_permit`` knows permits only through
``ia.core.decisions``; the decided item notifies the core's
``DecisionTaken``, which iA.Urban turns into an event and a transition."""

from datetime import datetime
from ia.core.handovers import api as handovers
from ia.core.links import api as links
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import set_state
from ia.delib.api import present_item
from ia.delib.testing import create_body
from ia.delib.testing import create_meeting
from ia.urban.area import get_area
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
from tests.docs.delib_link_world import INTEGRATION_FIXTURES
import pytest


pytestmark = pytest.mark.suite

globals().update(INTEGRATION_FIXTURES)

HANDOVER = "ia.delib.college_item_from_permit"


@pytest.fixture
def portal(integration):
    return integration["portal"]


@pytest.fixture
def world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("urbachef", "urbagent", "autre"):
        create_user(userid)
    chart = portal["organisation"]
    urbanisme = create_service(
        chart, "Urbanisme", [("manager", "urbachef"), ("editor", "urbagent")]
    )
    create_service(chart, "Culture", [("editor", "autre")])
    college = create_body(portal, "Collège communal", id="college", body_kind="college")
    permit = api.content.create(
        container=get_area(portal),
        type="IaUrbBuildLicence",
        title="Construction d'une maison",
        responsible_services=[urbanisme.UID()],
        assigned_agent="urbagent",
        street="rue-du-moulin",
        street_number="12",
        parcels=["62063B0123/02C004"],
    )
    api.content.create(
        container=permit,
        type="IaAttachment",
        title="Plan d'implantation",
        file=NamedBlobFile(data=b"%PDF-1.4", filename="plan.pdf"),
    )
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    return {"permit": permit, "college": college}


def offered(permit, userid):
    with api.env.adopt_user(username=userid):
        return {h.id for h in handovers.available(source=permit)}


def test_offered_to_who_treats_the_permit(portal, world):
    permit = world["permit"]
    assert HANDOVER in offered(permit, "urbagent")
    assert HANDOVER not in offered(permit, "autre")


def test_not_offered_on_a_mail_like_document(portal, world):
    """Only documents marked IDecidedByCollege: the core's test type is not."""
    from ia.delib.handovers.college_item_from_permit import HANDOVER as handover

    document = api.content.create(container=portal, type="IaTestDocument", title="X")
    assert not handover.applies_to(document)


def test_item_carries_summary_and_annexes_and_decision_comes_back(portal, world):
    permit, college = world["permit"], world["college"]
    login(portal, "urbagent")
    item = handovers.hand_over(source=permit, handover=HANDOVER)
    login(portal, TEST_USER_NAME)
    assert item.aq_parent == college
    assert item.Title().startswith("Permis d'urbanisme P/")
    text = item.motivation.raw
    assert "Objet : Construction d&#x27;une maison" in text
    assert "Situation : Rue du Moulin 12" in text
    assert "Parcelles : 62063B0123/02C004" in text
    assert [annex.Title() for annex in item.objectValues()] == ["Plan d'implantation"]
    assert links.sources(target=item, kind="ia.gave_rise_to") == [permit]
    # the college decides
    meeting = create_meeting(college, start=datetime(2026, 12, 14, 20, 0))
    set_state(item, "validated")
    setRoles(portal, TEST_USER_ID, ["Manager"])
    present_item(item, meeting)
    wf_tool = api.portal.get_tool("portal_workflow")
    wf_tool.doActionFor(meeting, "freeze")
    wf_tool.doActionFor(meeting, "decide")
    wf_tool.doActionFor(item, "accept")
    assert api.content.get_state(permit) == "granted"
    decision = permit.urban_events[-1]
    assert decision["kind"] == "decision"
    assert decision["result"] == "granted"
    assert decision["date"] == "2026-12-14"
    assert decision["item"] == item.UID()
    # the next deadline is the notification
    assert permit.urban_next_deadline == "notification"


def test_a_refusal_moves_the_permit_to_refused(portal, world):
    from ia.core.decisions import REFUSED
    from ia.core.decisions import DecisionTaken
    from zope.event import notify

    permit = world["permit"]
    login(portal, "urbagent")
    item = handovers.hand_over(source=permit, handover=HANDOVER)
    login(portal, TEST_USER_NAME)
    notify(DecisionTaken(item, REFUSED, datetime(2026, 12, 14).date(), "<p>Non.</p>"))
    assert api.content.get_state(permit) == "refused"
    assert permit.urban_events[-1]["comment"] == "Non."


def test_the_decision_comes_back_whoever_records_it(portal, world):
    """The meeting manager has no role on the permit: the decision is the
    college's, the file still moves (and its history names who)."""
    from ia.core.decisions import ACCEPTED
    from ia.core.decisions import DecisionTaken
    from zope.event import notify

    permit = world["permit"]
    login(portal, "urbagent")
    item = handovers.hand_over(source=permit, handover=HANDOVER)
    login(portal, "autre")
    notify(DecisionTaken(item, ACCEPTED, datetime(2026, 12, 14).date(), ""))
    login(portal, TEST_USER_NAME)
    assert api.content.get_state(permit) == "granted"
    history = api.portal.get_tool("portal_workflow").getInfoFor(
        permit, "review_history"
    )
    assert history[-1]["actor"] == "autre"


def test_a_mail_can_be_linked_to_the_permit(portal, world):
    """The core's links (Liens viewlet, @ia-links) work on permits."""
    from ia.core.links import manage
    from ia.docs.area import get_mail_area

    permit = world["permit"]
    mail = api.content.create(
        container=get_mail_area(portal),
        type="IaIncomingMail",
        title="Lettre du demandeur",
        mail_type="letter",
        responsible_services=list(permit.responsible_services),
    )
    login(portal, "urbagent")
    manage.add(context=permit, kind="ia.related", target=mail.UID())
    assert links.targets(source=permit, kind="ia.related") == [mail]
    viewlet_links = [link.other for link in links.links(obj=permit)]
    assert mail in viewlet_links
