"""Votes in session: counts, per voter, secret, refusals (nothing changed)."""

from ia.core.workflows.testing import act_as
from ia.delib.errors import DelibError
from ia.delib.session import attendance as att
from ia.delib.session.votes import Votes
from ia.delib.session.votes import clear_votes
from ia.delib.session.votes import get_votes
from ia.delib.session.votes import set_votes
from ia.delib.testing import INTEGRATION_TESTING
from tests.delib.session_world import make_world
from tests.module_worlds import module_world
import pytest


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    make_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


@pytest.fixture
def item(world):
    return world["items"][0]


def test_no_vote_yet(item):
    assert get_votes(item) is None


def test_public_counts(item):
    votes = set_votes(item, yes=2, no=1, abstain=1)
    assert votes == Votes(secret=False, yes=2, no=1, abstain=1, by_voter={})
    assert get_votes(item) == votes
    assert get_votes(item).total == 4


def test_per_voter_computes_counts(world, item):
    uids = world["uids"]
    by_voter = {uids[0]: "yes", uids[1]: "yes", uids[2]: "no", uids[3]: "abstain"}
    votes = set_votes(item, by_voter=by_voter)
    assert (votes.yes, votes.no, votes.abstain) == (2, 1, 1)
    assert votes.by_voter == by_voter
    # counts given along must match
    with pytest.raises(DelibError, match="do not match"):
        set_votes(item, by_voter=by_voter, yes=4)
    assert get_votes(item) == votes


def test_secret_counts_only(world, item):
    votes = set_votes(item, secret=True, yes=3, no=1)
    assert votes.secret and votes.by_voter == {}
    with pytest.raises(DelibError, match="secret vote is recorded as counts only"):
        set_votes(item, secret=True, by_voter={world["uids"][0]: "yes"})
    assert get_votes(item) == votes


def test_replacing_a_vote(item):
    set_votes(item, yes=4)
    set_votes(item, yes=2, no=2)
    assert (get_votes(item).yes, get_votes(item).no) == (2, 2)
    clear_votes(item)
    assert get_votes(item) is None


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"yes": 4, "no": 1}, "5 votes for 4 voters"),
        ({"yes": -1}, "whole number from 0"),
        ({"yes": "3"}, "whole number from 0"),
        ({"yes": True}, "whole number from 0"),
        ({}, "at least one vote"),
        ({"secret": "yes", "yes": 1}, "secret"),
        ({"by_voter": {"nobody": "yes"}}, "not present for this item"),
        ({"by_voter": ["yes"]}, "map each voter"),
    ],
)
def test_bad_votes_refused_nothing_changed(item, kwargs, message):
    set_votes(item, yes=1)
    before = dict(item.ia_votes)
    with pytest.raises(DelibError, match=message):
        set_votes(item, **kwargs)
    assert item.ia_votes == before


def test_bad_choice_refused(world, item):
    with pytest.raises(DelibError, match="Unknown vote maybe"):
        set_votes(item, by_voter={world["uids"][0]: "maybe"})
    assert get_votes(item) is None


def test_total_follows_the_presents_of_the_item(world, item):
    uids = world["uids"]
    att.item_leave(item, uids[0])
    att.set_presence(world["meeting"], uids[1], "excused")
    with pytest.raises(DelibError, match="3 votes for 2 voters"):
        set_votes(item, yes=3)
    with pytest.raises(DelibError, match="not present for this item"):
        set_votes(item, by_voter={uids[0]: "yes"})
    assert set_votes(world["items"][1], yes=3).yes == 3  # Anne is back
    # a proxy votes through its present holder
    att.set_presence(world["meeting"], uids[1], "proxy", proxy_uid=uids[2])
    assert set_votes(item, by_voter={uids[1]: "no", uids[2]: "yes"}).no == 1


def test_not_before_the_meeting_is_frozen(portal):
    world = make_world(portal, meeting_state="created")
    with pytest.raises(DelibError, match="once the meeting is frozen"):
        set_votes(world["items"][0], yes=1)
    assert get_votes(world["items"][0]) is None


def test_not_on_an_item_off_the_agenda(world, portal):
    from ia.delib.testing import create_item

    other = create_item(world["body"], "Hors séance", state="validated")
    with pytest.raises(DelibError, match="not on the agenda"):
        set_votes(other, yes=1)


@pytest.mark.parametrize("role", ["IaEncoder", "IaReader", "Member", "Anonymous"])
def test_only_who_may_modify_the_item(item, role):
    act_as(item, role)
    with pytest.raises(DelibError, match="may not record the votes"):
        set_votes(item, yes=1)
    assert get_votes(item) is None


def test_meeting_manager_records(item):
    act_as(item, "IaMeetingManager")
    assert set_votes(item, yes=1).yes == 1
