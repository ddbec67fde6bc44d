"""Bodies: meeting managers group and role, convocation delay, categories, levels."""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import transitions
from ia.delib.content.body import convocation_delay
from ia.delib.content.body import parse_categories
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
import pytest


def test_body_creates_meeting_managers_group(body):
    group = api.group.get(groupname="conseil_meeting_managers")
    assert group is not None
    assert "Conseil" in group.getProperty("title")


def test_existing_group_is_kept(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.group.create(groupname="college_meeting_managers", title="Déjà là")
    create_body(portal, "Collège", id="college", body_kind="college")
    group = api.group.get(groupname="college_meeting_managers")
    assert group.getProperty("title") == "Déjà là"


def test_group_members_are_meeting_managers_of_content(body):
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    meeting = create_meeting(body)
    item = create_item(body, state="validated")
    for obj in (body, meeting, item):
        assert "IaMeetingManager" in api.user.get_roles(username="secretaire", obj=obj)
    create_user("passant")
    assert "IaMeetingManager" not in api.user.get_roles(username="passant", obj=item)


def test_meeting_manager_may_add_meetings_not_bodies(body):
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    login(api.portal.get(), "secretaire")
    assert api.user.has_permission("ia.delib: Add meeting", obj=body)
    assert not api.user.has_permission("ia.delib: Add body", obj=api.portal.get())
    meeting = api.content.create(
        container=body, type="IaDelibMeeting", title="Séance", start=None
    )
    assert api.content.get_state(meeting) == "created"


def test_other_member_may_add_item_not_meeting(body):
    create_user("agent")
    login(api.portal.get(), "agent")
    assert api.user.has_permission("View", obj=body)
    assert api.user.has_permission("ia.delib: Add item", obj=body)
    assert not api.user.has_permission("ia.delib: Add meeting", obj=body)
    assert not api.user.has_permission("Modify portal content", obj=body)


@pytest.mark.parametrize(
    "kind,value,expected",
    [
        ("council", None, 7),
        ("cpas", None, 7),
        ("college", None, 0),
        ("council", 10, 10),
        ("council", 0, 0),
    ],
)
def test_convocation_delay(portal, kind, value, expected):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    body = create_body(portal, body_kind=kind, convocation_delay=value)
    assert convocation_delay(body) == expected


def test_parse_categories():
    assert parse_categories(["fin|Finances", " Travaux ", "", "x|"]) == [
        ("fin", "Finances"),
        ("Travaux", "Travaux"),
        ("x", "x"),
    ]


def test_categories_vocabulary_from_body(body, categories):
    body.categories = categories
    item = create_item(body)
    factory = getUtility(IVocabularyFactory, "ia.delib.categories")
    vocabulary = factory(item)
    assert [t.value for t in vocabulary] == ["finances", "travaux", "Enseignement"]
    assert vocabulary.getTerm("travaux").title == "Travaux publics"
    assert list(factory(api.portal.get())) == []


def test_open_meetings_vocabulary(body):
    open_one = create_meeting(body, "Ouverte")
    frozen = create_meeting(body, "Figée", state="frozen")
    create_meeting(body, "Clôturée", state="closed")
    item = create_item(body)
    vocabulary = getUtility(IVocabularyFactory, "ia.delib.open_meetings")(item)
    assert {t.value for t in vocabulary} == {open_one.UID(), frozen.UID()}


def test_item_reference_allocated(body):
    item = create_item(body)
    assert item.reference.startswith("DELIB/")


def test_budget_invariant():
    from ia.delib.content.item import IIaDelibItem
    from zope.interface import Invalid

    class Data:
        budget_impact = True
        budget_impact_text = "  "

    with pytest.raises(Invalid):
        IIaDelibItem.validateInvariants(Data())
    Data.budget_impact_text = "Article 104/123-01"
    IIaDelibItem.validateInvariants(Data())


class TestLevels:
    """The body's validation levels win over the service's; guards of the core view."""

    def test_body_levels(self, body):
        body.validation_levels = 2
        item = create_item(body, state="proposed")
        act_as(item, "IaReviewer1")
        assert transitions(item) == {"propose_n2", "return_to_service"}
        view = item.restrictedTraverse("@@ia-workflow-guards")
        assert view.levels() == 2

    def test_service_levels_without_body_levels(self, body):
        service = create_service(
            api.content.get("/organisation") or api.portal.get(),
            "Finances",
            validation_levels=3,
        )
        item = create_item(body, state="proposed_n2", services=[service.UID()])
        act_as(item, "IaReviewer2")
        assert transitions(item) == {
            "propose_n3",
            "back_to_proposed",
            "return_to_service",
        }

    def test_three_levels_to_validated(self, body):
        body.validation_levels = 3
        item = create_item(body, state="created")
        for role, transition, state in (
            ("IaEncoder", "propose", "proposed"),
            ("IaReviewer1", "propose_n2", "proposed_n2"),
            ("IaReviewer2", "propose_n3", "proposed_n3"),
            ("IaReviewer3", "validate", "validated"),
        ):
            act_as(item, role)
            api.content.transition(obj=item, transition=transition)
            assert api.content.get_state(item) == state

    def test_return_to_service_keeps_comment(self, body):
        item = create_item(body, state="validated")
        act_as(item, "IaServiceManager")
        api.content.transition(
            obj=item, transition="return_to_service", comment="Annexe manquante"
        )
        last = item.workflow_history["ia_delib_item_workflow"][-1]
        assert (last["review_state"], last["comments"]) == (
            "created",
            "Annexe manquante",
        )
