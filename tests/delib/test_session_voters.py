"""Who votes: the members, not the directrice générale, the secretary or the
guests — "Unanimité" on a council of 15 with a DG records 15 votes, less
the excused; the urgency vote; the 1002 upgrade of stored attendees."""

from ia.delib.errors import DelibError
from ia.delib.session import attendance as att
from ia.delib.session.votes import get_votes
from ia.delib.session.votes import set_votes
from ia.delib.testing import INTEGRATION_TESTING
from ia.delib.upgrades.v1002_session import fix_meetings
from tests.delib.council_world import EXCUSED
from tests.delib.council_world import make_council
from tests.module_worlds import module_world
import pytest


_world_world, world = module_world(
    make_council, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def test_members_vote_the_director_attends(world):
    people = {a.uid: a for a in att.attendees(world["meeting"])}
    assert len(people) == 16
    assert not people[world["director"]].voting
    assert all(people[uid].voting for uid in world["members"])
    assert people[world["director"]].feminine
    voters = att.item_voters(world["items"]["budget"])
    assert len(voters) == 15 and world["director"] not in voters


def test_unanimity_of_15_less_the_excused(world):
    meeting, item = world["meeting"], world["items"]["budget"]
    for index in EXCUSED:
        att.set_presence(meeting, world["members"][index], "excused")
    assert len(att.item_voters(item)) == 13
    with pytest.raises(DelibError, match="14 votes for 13 voters"):
        set_votes(item, yes=14)
    assert set_votes(item, yes=13).total == 13


def test_director_cannot_vote_by_name(world):
    item = world["items"]["budget"]
    with pytest.raises(DelibError, match="Sophie Delvaux attends without a vote"):
        set_votes(item, by_voter={world["director"]: "yes"})
    assert get_votes(item) is None


def test_voting_set_by_hand(world):
    meeting = world["meeting"]
    att.set_voting(meeting, world["director"], True)
    assert world["director"] in att.item_voters(world["items"]["pv"])
    att.set_voting(meeting, world["members"][0], False)
    assert world["members"][0] not in att.item_voters(world["items"]["pv"])
    with pytest.raises(DelibError, match="true or false"):
        att.set_voting(meeting, world["members"][1], "no")


def test_body_chooses_the_voting_positions(world):
    world["body"].voting_positions = ["bourgmestre"]
    meeting = world["meeting"]
    new = world["members"][6]
    att.remove_attendee(meeting, new)
    att.add_attendee(meeting, new)
    assert new not in att.item_voters(world["items"]["pv"])


def test_urgency_vote(world):
    urgent, budget = world["items"]["urgent"], world["items"]["budget"]
    set_votes(urgent, urgency=True, yes=14, no=1)
    assert get_votes(urgent, urgency=True).no == 1
    assert get_votes(urgent) is None
    with pytest.raises(DelibError, match="added in urgency"):
        set_votes(budget, urgency=True, yes=3)


def test_upgrade_completes_old_records(world):
    meeting = world["meeting"]
    old = [
        {k: v for k, v in r.items() if k not in ("voting", "position_type", "feminine")}
        for r in meeting.ia_attendees
    ]
    meeting.ia_attendees = old
    # read defensively before the upgrade
    assert world["director"] not in att.item_voters(world["items"]["pv"])
    assert fix_meetings() >= 1
    record = next(r for r in meeting.ia_attendees if r["uid"] == world["director"])
    assert record["voting"] is False
    assert record["position_type"] == "directeur_general"
