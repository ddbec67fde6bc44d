"""Presenting items, agenda order and numbers, moves, freezing, closing."""

from ia.core.workflows.testing import act_as
from ia.delib import api as delib
from ia.delib.errors import DelibError
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
import pytest


@pytest.fixture
def meeting(body):
    return create_meeting(body, "Séance du 14 décembre")


@pytest.fixture
def make(body):
    def factory(title, privacy="public", list_type="normal", state="validated"):
        return create_item(
            body, title, state=state, privacy=privacy, list_type=list_type
        )

    return factory


def titles(meeting):
    return [(item.item_number, item.Title()) for item in delib.agenda(meeting)]


def state(obj):
    return api.content.get_state(obj)


class TestPresent:
    def test_present_numbers_in_order(self, meeting, make):
        for title in ("A", "B", "C"):
            delib.present_item(make(title), meeting)
        assert titles(meeting) == [(1, "A"), (2, "B"), (3, "C")]
        assert {state(item) for item in delib.agenda(meeting)} == {"presented"}

    def test_present_uses_preferred_meeting(self, meeting, make):
        item = make("A")
        item.preferred_meeting = meeting.UID()
        api.content.transition(obj=item, transition="present")
        assert item.meeting_uid == meeting.UID()
        assert item.item_number == 1

    def test_present_without_meeting_refused(self, make):
        item = make("A")
        with pytest.raises(DelibError) as error:
            api.portal.get_tool("portal_workflow").doActionFor(item, "present")
        assert "Choose the meeting" in str(error.value)
        assert state(item) == "validated"

    @pytest.mark.parametrize("meeting_state", ["published", "decided", "closed"])
    def test_present_in_closed_meeting_refused(self, body, make, meeting_state):
        closed = create_meeting(body, "Séance passée", state=meeting_state)
        item = make("A")
        with pytest.raises(DelibError) as error:
            delib.present_item(item, closed)
        assert "no longer accepts items" in str(error.value)
        assert meeting_state in str(error.value)
        assert state(item) == "validated"
        assert item.meeting_uid is None and item.preferred_meeting is None
        assert list(closed.agenda_uids()) == []
        # the same rule through the workflow tool (REST, state menu)
        item.preferred_meeting = closed.UID()
        with pytest.raises(DelibError):
            api.portal.get_tool("portal_workflow").doActionFor(item, "present")
        assert state(item) == "validated"

    def test_meeting_of_another_body_refused(self, portal, body, make):
        from ia.delib.testing import create_body

        other = create_meeting(create_body(portal, "Collège", body_kind="college"))
        with pytest.raises(DelibError, match="body"):
            delib.present_item(make("A"), other)

    def test_present_without_permission_refused(self, meeting, make):
        item = make("A")
        act_as(item, "IaServiceManager")
        with pytest.raises(DelibError, match="may not present"):
            delib.present_item(item, meeting)
        assert state(item) == "validated"
        assert item.preferred_meeting is None

    def test_present_to_frozen_meeting_freezes_item(self, body, make):
        frozen = create_meeting(body, state="frozen")
        item = make("Tardif", list_type="late")
        delib.present_item(item, frozen)
        assert state(item) == "frozen"
        assert item.item_number == 1

    def test_back_to_validated_leaves_agenda(self, meeting, make):
        a, b = make("A"), make("B")
        delib.present_item(a, meeting)
        delib.present_item(b, meeting)
        api.content.transition(obj=a, transition="back_to_validated")
        assert titles(meeting) == [(1, "B")]
        assert a.meeting_uid is None and a.item_number is None


class TestOrder:
    def test_sections(self, meeting, make):
        for title, privacy, list_type in (
            ("secret late", "secret", "late"),
            ("public late", "public", "late"),
            ("secret normal", "secret", "normal"),
            ("public normal", "public", "normal"),
            ("public emergency", "public", "emergency"),
        ):
            delib.present_item(make(title, privacy, list_type), meeting)
        assert titles(meeting) == [
            (1, "public normal"),
            (2, "public late"),
            (3, "public emergency"),
            (4, "secret normal"),
            (5, "secret late"),
        ]

    def test_move_to_top(self, meeting, make):
        items = [make(t) for t in "ABCD"]
        for item in items:
            delib.present_item(item, meeting)
        delib.move_item(meeting, items[3], 1)
        assert titles(meeting) == [(1, "D"), (2, "A"), (3, "B"), (4, "C")]
        delib.move_item(meeting, items[3], 3)
        assert titles(meeting) == [(1, "A"), (2, "B"), (3, "D"), (4, "C")]
        delib.move_item(meeting, items[0], 99)
        assert titles(meeting) == [(1, "B"), (2, "D"), (3, "C"), (4, "A")]

    def test_move_stays_in_section(self, meeting, make):
        public = [make("P1"), make("P2")]
        secret = [make("S1", "secret"), make("S2", "secret")]
        for item in (secret[0], public[0], secret[1], public[1]):
            delib.present_item(item, meeting)
        delib.move_item(meeting, secret[1], 1)  # cannot jump before public items
        assert titles(meeting) == [(1, "P1"), (2, "P2"), (3, "S2"), (4, "S1")]
        delib.move_item(meeting, public[0], 4)  # nor after the secret ones
        assert titles(meeting) == [(1, "P2"), (2, "P1"), (3, "S2"), (4, "S1")]

    @pytest.mark.parametrize("position", [0, -1, "1", None, True, 1.5])
    def test_bad_position_refused(self, meeting, make, position):
        a, b = make("A"), make("B")
        delib.present_item(a, meeting)
        delib.present_item(b, meeting)
        with pytest.raises(DelibError, match="whole number"):
            delib.move_item(meeting, b, position)
        assert titles(meeting) == [(1, "A"), (2, "B")]

    def test_move_item_of_other_meeting_refused(self, body, meeting, make):
        other = create_meeting(body, "Autre")
        item = make("A")
        delib.present_item(item, other)
        with pytest.raises(DelibError, match="not on the agenda"):
            delib.move_item(meeting, item, 1)

    def test_move_needs_edit_permission(self, meeting, make):
        a, b = make("A"), make("B")
        delib.present_item(a, meeting)
        delib.present_item(b, meeting)
        act_as(meeting, "Authenticated")
        with pytest.raises(DelibError, match="may not change"):
            delib.move_item(meeting, b, 1)
        assert titles(meeting) == [(1, "A"), (2, "B")]


class TestMeetingCycle:
    @pytest.fixture
    def presented(self, meeting, make):
        items = [make("A"), make("B", "secret"), make("C")]
        for item in items:
            delib.present_item(item, meeting)
        return items

    def transition(self, obj, transition):
        api.portal.get_tool("portal_workflow").doActionFor(obj, transition)

    def test_freeze_and_publish_cascade(self, meeting, presented):
        self.transition(meeting, "freeze")
        assert {state(item) for item in presented} == {"frozen"}
        self.transition(meeting, "publish")
        assert {state(item) for item in presented} == {"published"}

    def test_cascade_as_meeting_manager(self, meeting, presented):
        """A member of the body's group freezes: the role comes from the body."""
        from ia.core.testing import create_user
        from plone.app.testing import login

        create_user("secretaire")
        api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
        login(api.portal.get(), "secretaire")
        self.transition(meeting, "freeze")
        assert {state(item) for item in presented} == {"frozen"}
        history = presented[0].workflow_history["ia_delib_item_workflow"][-1]
        assert history["actor"] == "secretaire"

    def test_close_with_undecided_items_refused(self, meeting, presented):
        self.transition(meeting, "freeze")
        self.transition(meeting, "decide")
        self.transition(presented[0], "accept")
        with pytest.raises(DelibError) as error:
            self.transition(meeting, "close")
        message = str(error.value)
        assert "cannot be closed" in message
        assert "2 item(s)" in message
        assert "2. C" in message and "3. B" in message
        assert state(meeting) == "decided"
        assert state(presented[0]) == "accepted"

    def test_close_when_all_decided(self, meeting, presented):
        self.transition(meeting, "freeze")
        self.transition(meeting, "decide")
        for item, decision in zip(
            presented, ("accept", "refuse", "delay"), strict=True
        ):
            self.transition(item, decision)
        self.transition(meeting, "close")
        assert state(meeting) == "closed"

    def test_decision_cannot_change_once_closed(self, meeting, presented):
        self.transition(meeting, "freeze")
        self.transition(meeting, "decide")
        for item in presented:
            self.transition(item, "accept")
        self.transition(meeting, "close")
        with pytest.raises(DelibError, match="closed"):
            self.transition(presented[0], "back_to_frozen")
        assert state(presented[0]) == "accepted"

    def test_delayed_item_goes_to_a_later_meeting(self, body, meeting, presented):
        self.transition(meeting, "freeze")
        self.transition(meeting, "decide")
        self.transition(presented[0], "delay")
        for item in presented[1:]:
            self.transition(item, "accept")
        self.transition(meeting, "close")
        delayed = presented[0]
        self.transition(delayed, "revalidate")
        assert state(delayed) == "validated"
        later = create_meeting(body, "Séance suivante")
        delib.present_item(delayed, later)
        assert titles(later) == [(1, "A")]
        # the closed meeting keeps its numbers; it lists its own items only
        assert titles(meeting) == [(2, "C"), (3, "B")]
