"""The council's vote on an urgency (CDLD L1122-24): two thirds of the voting
members present declare it; the item is treated only then; a refused urgency
removes the item from the session; the console shows and records it; the
minutes say it."""

from ia.delib.documents import walloon
from ia.delib.errors import DelibError
from ia.delib.session import attendance as att
from ia.delib.session import decisions
from ia.delib.session.urgency import required_yes
from ia.delib.session.urgency import urgency_outcome
from ia.delib.session.urgency import vote_urgency
from ia.delib.session.votes import get_votes
from ia.delib.testing import INTEGRATION_TESTING
from plone import api
from tests.delib.council_world import EXCUSED
from tests.delib.council_world import make_council
from tests.module_worlds import module_world
import pytest


_world_world, world = module_world(
    make_council, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def state(obj):
    return api.content.get_state(obj)


@pytest.fixture
def urgent(world):
    """The urgent item, two members excused: 13 voters present."""
    for index in EXCUSED:
        att.set_presence(world["meeting"], world["members"][index], "excused")
    return world["items"]["urgent"]


def test_two_thirds_rounded_up():
    assert [required_yes(n) for n in (3, 13, 15)] == [2, 9, 10]


def test_not_treated_before_the_urgency(urgent):
    assert urgency_outcome(urgent) is None
    assert decisions.allowed_decisions(urgent) == ["remove"]
    with pytest.raises(DelibError, match="vote on the urgency"):
        decisions.decide(urgent, "accept")
    assert state(urgent) == "frozen"


def test_accepted_by_two_thirds_of_the_voters_present(urgent):
    assert vote_urgency(urgent, yes=9, no=4) == "accepted"
    assert get_votes(urgent, urgency=True).yes == 9
    assert "accept" in decisions.allowed_decisions(urgent)
    assert decisions.decide(urgent, "accept") == "accepted"


def test_refused_removes_the_item_from_the_session(world, urgent):
    assert vote_urgency(urgent, yes=8, no=5) == "refused"
    assert state(urgent) == "removed"
    text = walloon.urgency_text(urgent, world["meeting"])
    assert "l'urgence n'étant pas déclarée" in text
    assert "par 8 voix pour et 5 contre" in text
    assert walloon.item_row(urgent, world["meeting"], 6, {})["verb"] == ""
    with pytest.raises(DelibError, match="undo that decision first"):
        vote_urgency(urgent, yes=13)


def test_unanimity_counts_voters_only(world, urgent):
    # 13 voting members present; the DG attends without a vote
    with pytest.raises(DelibError, match="14 votes for 13 voters"):
        vote_urgency(urgent, yes=14)
    assert get_votes(urgent, urgency=True) is None
    assert vote_urgency(urgent, yes=13) == "accepted"
    text = walloon.urgency_text(urgent, world["meeting"])
    assert "l'urgence étant acceptée à l'unanimité des membres présents" in text


def test_only_urgent_items(world):
    with pytest.raises(DelibError, match="added in urgency"):
        vote_urgency(world["items"]["budget"], yes=3)


def test_console_shows_the_urgency_form(world, urgent, portal):
    request = portal.REQUEST
    request.form["item"] = api.content.get_uuid(urgent)
    view = api.content.get_view("ia-session", world["meeting"], request)
    html = view()
    assert 'id="ia-session-urgency"' in html
    assert view.urgency()["urgent"] is True
    assert "Pas encore de vote sur l'urgence." in html or "No vote on the urgency" in (
        html
    )
    vote_urgency(urgent, yes=13)
    html = view()
    assert view.urgency()["outcome"] == "accepted"
    request.form["item"] = api.content.get_uuid(world["items"]["budget"])
    view = api.content.get_view("ia-session", world["meeting"], request)
    view()
    assert view.urgency()["urgent"] is False
