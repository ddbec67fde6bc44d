"""ia.core.orgchart.api: services, members, functions of users, validation levels."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import UnknownFunction
from ia.core.orgchart.errors import UnknownService
from ia.core.orgchart.errors import UnknownUser
from ia.core.orgchart.testing import build_world
from plone import api
import pytest


@pytest.fixture()
def world(portal):
    return build_world(portal)


class TestServices:
    def test_tree_order_and_depth(self, world):
        rows = orgchart.get_services()
        assert [(r.title, r.depth) for r in rows] == [
            ("Urbanisme", 0),
            ("Permis", 1),
            ("Travaux", 0),
        ]
        assert rows[1].parent_uid == world["urb"].UID()
        assert rows[0].acronym == "URB"

    def test_inactive_included_on_demand(self, world):
        titles = [r.title for r in orgchart.get_services(active_only=False)]
        assert titles == ["Urbanisme", "Permis", "Travaux", "Ancien service"]

    def test_inactive_parent_hides_children(self, world):
        world["urb"].active = False
        assert [r.title for r in orgchart.get_services()] == ["Travaux"]

    def test_get_service(self, world):
        uid = world["trav"].UID()
        assert orgchart.get_service(uid).getId() == "travaux"
        assert orgchart.get_service("nope") is None
        assert orgchart.get_service(None) is None
        assert (
            orgchart.get_service(api.content.get_uuid(world["urb"].aq_parent)) is None
        )

    def test_group_id(self, world):
        uid = world["trav"].UID()
        assert orgchart.group_id(world["trav"], "editor") == f"{uid}_editor"
        assert orgchart.group_id(uid, "editor") == f"{uid}_editor"
        assert orgchart.parse_group_id(f"{uid}_editor") == (uid, "editor")
        assert orgchart.parse_group_id("Administrators") is None


class TestMembers:
    def test_members(self, world):
        assert orgchart.members(world["trav"], "editor") == ["bob"]
        everyone = orgchart.members(world["trav"].UID())
        assert everyone["reader"] == ["carol"]
        assert everyone["manager"] == []

    def test_add_and_remove(self, world):
        orgchart.add_member(world["permis"], "reviewer1", "dave")
        orgchart.add_member(world["permis"], "reviewer1", "dave")  # idempotent
        assert orgchart.members(world["permis"], "reviewer1") == ["dave"]
        orgchart.remove_member(world["permis"], "reviewer1", "dave")
        orgchart.remove_member(world["permis"], "reviewer1", "dave")
        assert orgchart.members(world["permis"], "reviewer1") == []

    def test_add_recreates_missing_group(self, world):
        api.group.delete(groupname=orgchart.group_id(world["permis"], "reader"))
        orgchart.add_member(world["permis"], "reader", "dave")
        assert orgchart.members(world["permis"], "reader") == ["dave"]

    def test_unknown_service(self, world):
        with pytest.raises(UnknownService) as info:
            orgchart.add_member("0123", "editor", "dave")
        assert "0123" in str(info.value)

    def test_unknown_function(self, world):
        with pytest.raises(UnknownFunction):
            orgchart.add_member(world["trav"], "janitor", "dave")

    def test_unknown_user(self, world):
        with pytest.raises(UnknownUser):
            orgchart.add_member(world["trav"], "editor", "nobody")
        with pytest.raises(UnknownUser):
            orgchart.remove_member(world["trav"], "editor", "")

    def test_errors_write_nothing(self, world):
        before = orgchart.members(world["trav"])
        with pytest.raises(UnknownUser):
            orgchart.add_member(world["trav"], "manager", "nobody")
        assert orgchart.members(world["trav"]) == before


class TestUserServices:
    def test_services_of_user(self, world):
        assert orgchart.services_of_user("alice") == [world["urb"].UID()]
        assert orgchart.services_of_user("bob", functions=["reader"]) == []
        assert orgchart.services_of_user("dave") == []
        assert orgchart.services_of_user("nobody") == []

    def test_functions_of_user(self, world):
        orgchart.add_member(world["trav"], "manager", "bob")
        assert orgchart.functions_of_user("bob") == {
            world["trav"].UID(): ["editor", "manager"]
        }

    def test_several_services(self, world):
        orgchart.add_member(world["permis"], "encoder", "alice")
        assert sorted(
            orgchart.services_of_user("alice", functions=["encoder"])
        ) == sorted([world["urb"].UID(), world["permis"].UID()])


class TestValidationLevels:
    def test_default(self, world):
        assert orgchart.validation_levels(world["trav"].UID()) == 1
        api.portal.set_registry_record("ia.core.validation_levels", 2)
        assert orgchart.validation_levels(world["trav"].UID()) == 2

    def test_per_service(self, world):
        world["urb"].validation_levels = 3
        assert orgchart.validation_levels(world["urb"].UID()) == 3

    def test_unknown_service_uses_default(self, world):
        assert orgchart.validation_levels("nope") == 1
