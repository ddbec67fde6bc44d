"""Function groups are created, renamed and removed in step with the services."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import InvalidFunctions
from ia.core.orgchart.groups import sync_groups
from ia.core.orgchart.testing import build_world
from plone import api
from zope.lifecycleevent import modified
import pytest


@pytest.fixture()
def world(portal):
    return build_world(portal)


FUNCTION_IDS = (
    "encoder",
    "editor",
    "reviewer1",
    "reviewer2",
    "reviewer3",
    "reader",
    "manager",
)


def group_ids(service):
    return {orgchart.group_id(service, fid) for fid in FUNCTION_IDS}


def existing(gids):
    return {gid for gid in gids if api.group.get(groupname=gid) is not None}


class TestServiceGroups:
    def test_group_per_function(self, world):
        urb = world["urb"]
        assert existing(group_ids(urb)) == group_ids(urb)
        group = api.group.get(groupname=orgchart.group_id(urb, "reviewer1"))
        assert group.getProperty("title") == "Urbanisme (Validateur N+1)"
        assert group.getId() == f"{urb.UID()}_reviewer1"

    def test_nested_service_has_groups(self, world):
        assert existing(group_ids(world["permis"])) == group_ids(world["permis"])

    def test_rename_updates_titles_not_ids(self, world):
        urb = world["urb"]
        urb.title = "Urbanisme et aménagement"
        modified(urb)
        group = api.group.get(groupname=orgchart.group_id(urb, "encoder"))
        assert group.getProperty("title") == "Urbanisme et aménagement (Encodeur)"
        assert "alice" in group.getGroupMemberIds()

    def test_move_keeps_groups(self, world):
        permis = world["permis"]
        uid = permis.UID()
        api.content.move(source=permis, target=world["trav"])
        assert existing(group_ids(uid)) == group_ids(uid)

    def test_remove_removes_groups(self, world):
        trav = world["trav"]
        gids = group_ids(trav)
        api.content.delete(trav)
        assert existing(gids) == set()

    def test_remove_parent_removes_children_groups(self, world):
        gids = group_ids(world["permis"]) | group_ids(world["urb"])
        api.content.delete(world["urb"])
        assert existing(gids) == set()

    def test_other_groups_untouched(self, world):
        api.content.delete(world["trav"])
        assert api.group.get(groupname="Administrators") is not None


class TestFunctionsRegistry:
    def set_functions(self, lines):
        api.portal.set_registry_record("ia.core.functions", lines)

    def test_new_function_creates_groups(self, world):
        lines = list(api.portal.get_registry_record("ia.core.functions"))
        self.set_functions(lines + ["secretary|Secrétaire|IaReader"])
        group = api.group.get(groupname=orgchart.group_id(world["trav"], "secretary"))
        assert group is not None
        assert group.getProperty("title") == "Travaux (Secrétaire)"

    def test_removed_function_removes_empty_groups(self, world):
        lines = [
            line
            for line in api.portal.get_registry_record("ia.core.functions")
            if not line.startswith("reviewer3|")
        ]
        self.set_functions(lines)
        assert (
            api.group.get(groupname=orgchart.group_id(world["urb"], "reviewer3"))
            is None
        )

    def test_removed_function_keeps_groups_with_members(self, world):
        lines = [
            line
            for line in api.portal.get_registry_record("ia.core.functions")
            if not line.startswith("encoder|")
        ]
        self.set_functions(lines)
        # Urbanisme's encoder group still has alice: kept; Travaux's is empty: removed
        assert (
            api.group.get(groupname=orgchart.group_id(world["urb"], "encoder"))
            is not None
        )
        assert (
            api.group.get(groupname=orgchart.group_id(world["trav"], "encoder")) is None
        )

    @pytest.mark.parametrize(
        "line",
        [
            "encoder|Encodeur",
            "Encoder|Encodeur|IaEncoder",
            "enc_oder|Encodeur|IaEncoder",
            "encoder||IaEncoder",
            "encoder|Encodeur|NoSuchRole",
            "reader|Lecteur bis|IaReader",
        ],
    )
    def test_malformed_line_refused(self, world, line):
        lines = list(api.portal.get_registry_record("ia.core.functions"))
        with pytest.raises(InvalidFunctions):
            self.set_functions(lines + [line])

    def test_error_message_names_the_line(self, world):
        with pytest.raises(InvalidFunctions) as info:
            self.set_functions(["encoder|Encodeur"])
        assert "encoder|Encodeur" in str(info.value)
        assert "id|Title|Role" in str(info.value)


class TestSyncGroups:
    def test_idempotent(self, world):
        sync_groups()
        report = sync_groups()
        assert report == {"created": [], "retitled": [], "removed": [], "kept": []}

    def test_repairs(self, world):
        urb = world["urb"]
        api.group.delete(groupname=orgchart.group_id(urb, "manager"))
        api.portal.get_tool("portal_groups").editGroup(
            orgchart.group_id(urb, "reader"), title="x"
        )
        orphan = "0123456789abcdef0123456789abcdef_encoder"
        api.group.create(groupname=orphan, title="Orphan")
        report = sync_groups()
        assert report["created"] == [orgchart.group_id(urb, "manager")]
        assert report["retitled"] == [orgchart.group_id(urb, "reader")]
        assert report["removed"] == [orphan]
        assert api.group.get(groupname=orphan) is None


class TestCopy:
    def test_copied_service_gets_its_own_groups(self, world):
        copy = api.content.copy(
            source=world["urb"], target=world["urb"].aq_parent, id="urbanisme-2"
        )
        assert copy.UID() != world["urb"].UID()
        assert existing(group_ids(copy)) == group_ids(copy)
        sub = copy["permis"]
        assert existing(group_ids(sub)) == group_ids(sub)
        # members are not copied
        assert orgchart.members(copy, "encoder") == []
