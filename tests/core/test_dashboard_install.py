"""What installing ia.core sets up for the dashboards."""

from plone import api
import pytest


ACTION_ID = "ia-dashboard"


def test_user_action(portal):
    action = api.portal.get_tool("portal_actions")["user"][ACTION_ID]
    assert action.url_expr == "string:${portal_url}/@@ia-dashboard"
    assert action.permissions == ("ia.core: View dashboard",)
    assert api.portal.get_tool("portal_actions")["user"].objectIds()[0] == ACTION_ID


def test_user_action_removed_on_uninstall(portal, installer):
    installer.uninstall_product("ia.core")
    assert ACTION_ID not in api.portal.get_tool("portal_actions")["user"].objectIds()
    assert (
        "ia_history" not in api.portal.get_tool("portal_actions")["object"].objectIds()
    )


def test_ia_ball_index(portal):
    catalog = api.portal.get_tool("portal_catalog")
    assert catalog._catalog.getIndex("ia_ball").meta_type == "KeywordIndex"


@pytest.mark.parametrize(
    "name, value",
    [
        ("page_size", 50),
        ("max_page_size", 200),
        ("recent_days", 7),
        ("max_batch_transition", 200),
    ],
)
def test_registry(portal, name, value):
    assert api.portal.get_registry_record(f"ia.core.dashboard.{name}") == value


def test_members_may_view_dashboard(portal):
    roles = [
        r["name"]
        for r in portal.rolesOfPermission("ia.core: View dashboard")
        if r["selected"]
    ]
    assert "Member" in roles
    assert "Anonymous" not in roles


def test_uninstall_removes_action(portal, installer):
    installer.uninstall_product("ia.core")
    assert ACTION_ID not in api.portal.get_tool("portal_actions")["user"].objectIds()
