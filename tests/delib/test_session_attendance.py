"""Attendance of a meeting: defaults, presence, proxies, guests, per-item moves."""

from ia.core.workflows.testing import act_as
from ia.delib.errors import DelibError
from ia.delib.session import attendance as att
from ia.delib.testing import INTEGRATION_TESTING
from plone import api
from tests.delib.session_world import make_world
from tests.module_worlds import module_world
import pytest


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    make_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def presence(meeting):
    return [(a.name, a.presence, a.proxy_name) for a in att.attendees(meeting)]


def present_names(item):
    return [a.name for a in att.item_presents(item)]


ALL = [
    "Anne Bourgmestre",
    "Bruno Echevin",
    "Chloé Conseillère",
    "David Conseiller",
    "Emma Directrice",
]


class TestDefaults:
    def test_new_meeting_gets_default_attendees_present(self, world):
        attendees = att.attendees(world["meeting"])
        assert [a.uid for a in attendees] == world["uids"]
        assert [a.name for a in attendees] == ALL
        assert {a.presence for a in attendees} == {"present"}
        assert attendees[0].function == "Bourgmestre"
        assert att.guests(world["meeting"]) == []

    def test_every_item_has_all_presents(self, world):
        for item in world["items"]:
            assert present_names(item) == ALL


class TestPresence:
    def test_excused_and_absent(self, world):
        meeting, uids = world["meeting"], world["uids"]
        att.set_presence(meeting, uids[1], "excused")
        att.set_presence(meeting, uids[2], "absent")
        assert [p for _n, p, _x in presence(meeting)] == [
            "present",
            "excused",
            "absent",
            "present",
            "present",
        ]
        assert present_names(world["items"][0]) == [ALL[0], ALL[3], ALL[4]]

    def test_bad_presence_refused(self, world):
        with pytest.raises(DelibError, match="Unknown presence"):
            att.set_presence(world["meeting"], world["uids"][0], "sleeping")
        with pytest.raises(DelibError, match="not an attendee"):
            att.set_presence(world["meeting"], "nobody", "absent")
        assert {p for _n, p, _x in presence(world["meeting"])} == {"present"}

    def test_proxy(self, world):
        meeting, uids = world["meeting"], world["uids"]
        att.set_presence(meeting, uids[2], "proxy", proxy_uid=uids[3])
        assert presence(meeting)[2] == (
            "Chloé Conseillère",
            "proxy",
            "David Conseiller",
        )
        assert att.attendees(meeting)[2].proxy_uid == uids[3]
        item = world["items"][0]
        assert ALL[2] not in present_names(item)
        assert uids[2] in att.item_voters(item)
        # the holder leaves for the item: the proxy does not vote either
        att.item_leave(item, uids[3])
        assert uids[2] not in att.item_voters(item)

    def test_proxy_rules(self, world):
        meeting, uids = world["meeting"], world["uids"]
        with pytest.raises(DelibError, match="Name the attendee"):
            att.set_presence(meeting, uids[2], "proxy")
        with pytest.raises(DelibError, match="own proxy"):
            att.set_presence(meeting, uids[2], "proxy", proxy_uid=uids[2])
        with pytest.raises(DelibError, match="Only an attendee represented"):
            att.set_presence(meeting, uids[2], "absent", proxy_uid=uids[3])
        att.set_presence(meeting, uids[1], "excused")
        with pytest.raises(DelibError, match="Bruno Echevin is not present"):
            att.set_presence(meeting, uids[2], "proxy", proxy_uid=uids[1])
        att.set_presence(meeting, uids[2], "proxy", proxy_uid=uids[3])
        with pytest.raises(DelibError, match="one proxy at most"):
            att.set_presence(meeting, uids[0], "proxy", proxy_uid=uids[3])
        # the holder cannot leave the meeting while holding it
        with pytest.raises(DelibError, match="holds the proxy of Chloé"):
            att.set_presence(meeting, uids[3], "absent")
        with pytest.raises(DelibError, match="holds the proxy"):
            att.remove_attendee(meeting, uids[3])
        assert [p for _n, p, _x in presence(meeting)] == [
            "present",
            "excused",
            "proxy",
            "present",
            "present",
        ]


class TestList:
    def test_add_remove_attendee_and_guests(self, world, portal):
        meeting, uids = world["meeting"], world["uids"]
        att.remove_attendee(meeting, uids[4])
        assert [a.uid for a in att.attendees(meeting)] == uids[:4]
        att.add_attendee(meeting, uids[4])
        assert att.attendees(meeting)[-1].uid == uids[4]
        with pytest.raises(DelibError, match="already attends"):
            att.add_attendee(meeting, uids[4])
        with pytest.raises(DelibError, match="not a held position"):
            att.add_attendee(meeting, world["items"][0].UID())
        att.set_guests(meeting, ["M. Expert", "  ", "Mme Architecte "])
        assert att.guests(meeting) == ["M. Expert", "Mme Architecte"]
        with pytest.raises(DelibError, match="list of names"):
            att.set_guests(meeting, "M. Expert")

    @pytest.mark.parametrize("role", ["IaEncoder", "Member", "Anonymous"])
    def test_only_meeting_managers(self, world, role):
        meeting, uids = world["meeting"], world["uids"]
        act_as(meeting, role)
        with pytest.raises(DelibError, match="may not change the attendance"):
            att.set_presence(meeting, uids[0], "absent")
        with pytest.raises(DelibError):
            att.item_leave(world["items"][0], uids[0])
        with pytest.raises(DelibError):
            att.set_guests(meeting, ["X"])

    def test_meeting_manager_may(self, world):
        act_as(world["meeting"], "IaMeetingManager")
        att.set_presence(world["meeting"], world["uids"][0], "absent")
        assert presence(world["meeting"])[0][1] == "absent"

    def test_closed_meeting_refused(self, world):
        meeting = world["meeting"]
        with api.env.adopt_roles(["Manager"]):
            from ia.core.workflows.testing import set_state

            set_state(meeting, "closed")
            with pytest.raises(DelibError, match="closed"):
                att.set_presence(meeting, world["uids"][0], "absent")


class TestItemMoves:
    def test_leave_for_one_item(self, world):
        a, b, c = world["items"]
        uid = world["uids"][1]
        att.item_leave(b, uid)
        assert ALL[1] in present_names(a)
        assert ALL[1] not in present_names(b)
        assert ALL[1] in present_names(c)
        with pytest.raises(DelibError, match="already absent"):
            att.item_leave(b, uid)
        att.item_arrive(b, uid)
        assert ALL[1] in present_names(b)
        assert b.ia_item_presence["moves"] == {}

    def test_leave_from_item_on_and_come_back(self, world):
        a, b, c = world["items"]
        uid = world["uids"][0]
        att.item_leave(b, uid, onwards=True)
        assert [ALL[0] in present_names(i) for i in (a, b, c)] == [True, False, False]
        att.item_arrive(c, uid)  # back for item C only
        assert ALL[0] in present_names(c)
        att.item_leave(c, uid)
        assert ALL[0] not in present_names(c)

    def test_latecomer_arrives_from_item_on(self, world):
        meeting, (a, b, c) = world["meeting"], world["items"]
        uid = world["uids"][3]
        att.set_presence(meeting, uid, "absent")
        att.item_arrive(b, uid, onwards=True)
        assert [ALL[3] in present_names(i) for i in (a, b, c)] == [False, True, True]
        with pytest.raises(DelibError, match="already present"):
            att.item_arrive(c, uid)

    def test_follows_the_agenda_order(self, world):
        from ia.delib import api as delib

        meeting, (a, b, c) = world["meeting"], world["items"]
        uid = world["uids"][0]
        att.item_leave(b, uid, onwards=True)
        delib.move_item(meeting, c, 1)  # C, A, B
        assert ALL[0] in present_names(c)
        assert ALL[0] in present_names(a)
        assert ALL[0] not in present_names(b)

    def test_unknown_attendee(self, world):
        with pytest.raises(DelibError, match="not an attendee"):
            att.item_leave(world["items"][0], "nobody")


def test_presence_by_item_agrees_with_item_presents(world):
    from ia.delib import api as delib

    meeting, (_a, b, c) = world["meeting"], world["items"]
    uids = world["uids"]
    att.set_presence(meeting, uids[4], "absent")
    att.item_leave(b, uids[0], onwards=True)
    att.item_arrive(c, uids[0])
    att.item_arrive(b, uids[4], onwards=True)
    att.item_leave(c, uids[1])
    items = delib.agenda(meeting)
    table = att.presence_by_item(meeting, items)
    for item in items:
        expected = {x.uid for x in att.item_presents(item)}
        assert {uid for uid, here in table[item.UID()].items() if here} == expected
    assert [uid in table[c.UID()] and table[c.UID()][uid] for uid in uids] == [
        True,
        False,
        True,
        True,
        True,
    ]
