"""Deciding in session: text and transition in one call, refusals."""

from ia.core.workflows.testing import act_as
from ia.delib.errors import DelibError
from ia.delib.session.decisions import allowed_decisions
from ia.delib.session.decisions import decide
from ia.delib.session.decisions import decision_html
from ia.delib.testing import INTEGRATION_TESTING
from plone import api
from tests.delib.session_world import make_world
from tests.module_worlds import module_world
import pytest


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    make_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


@pytest.mark.parametrize(
    "transition, state",
    [
        ("accept", "accepted"),
        ("accept_modified", "accepted_modified"),
        ("refuse", "refused"),
        ("delay", "delayed"),
        ("postpone", "postponed"),
        ("remove", "removed"),
    ],
)
def test_decide_with_text(world, transition, state):
    item = world["items"][0]
    assert decide(item, transition, "<p>Décide en séance.</p>") == state
    assert api.content.get_state(item) == state
    assert decision_html(item) == "<p>Décide en séance.</p>"


def test_decide_keeps_text_when_none_given(world):
    item = world["items"][0]
    decide(item, "accept", "<p>Texte</p>")
    decide(world["items"][1], "accept")
    assert decision_html(world["items"][1]) == ""
    assert decision_html(item) == "<p>Texte</p>"


def test_allowed_decisions(world):
    item = world["items"][0]
    assert allowed_decisions(item) == [
        "accept",
        "accept_modified",
        "refuse",
        "delay",
        "postpone",
        "remove",
    ]
    decide(item, "accept")
    assert allowed_decisions(item) == []


@pytest.mark.parametrize("transition", ["revalidate", "publish", None, "zzz"])
def test_unknown_decision_refused(world, transition):
    item = world["items"][0]
    with pytest.raises(DelibError, match="Unknown decision"):
        decide(item, transition, "<p>Nouveau</p>")
    assert api.content.get_state(item) == "frozen"
    assert decision_html(item) == ""


def test_decision_twice_refused(world):
    item = world["items"][0]
    decide(item, "accept", "<p>Un</p>")
    with pytest.raises(DelibError, match="may not take the decision refuse"):
        decide(item, "refuse", "<p>Deux</p>")
    assert api.content.get_state(item) == "accepted"
    assert decision_html(item) == "<p>Un</p>"


def test_decision_of_an_item_not_frozen_refused(portal):
    world = make_world(portal, meeting_state="created")
    item = world["items"][0]
    with pytest.raises(DelibError, match="state presented"):
        decide(item, "accept", "<p>Trop tôt</p>")
    assert api.content.get_state(item) == "presented"
    assert decision_html(item) == ""


@pytest.mark.parametrize("role", ["IaEncoder", "IaReader", "Member", "Anonymous"])
def test_only_meeting_managers_decide(world, role):
    item = world["items"][0]
    act_as(item, role)
    with pytest.raises(DelibError):
        decide(item, "accept", "<p>Non</p>")
    assert api.content.get_state(item) == "frozen"
    assert decision_html(item) == ""


def test_meeting_manager_decides(world):
    item = world["items"][0]
    act_as(item, "IaMeetingManager")
    assert decide(item, "refuse", "<p>Refusé</p>") == "refused"
