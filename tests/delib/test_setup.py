"""ia.delib:default: profile, types, workflows, registry, product registry."""

from ia.core.workflows.facts import ball_roles
from ia.core.workflows.facts import final_states
from ia.core.workflows.facts import states_for_role
from ia.core.workflows.testing_facts import check_installed_facts
from ia.core.workflows.testing_facts import definition_paths
from ia.delib.workflows import BODY_WORKFLOW
from ia.delib.workflows import ITEM_WORKFLOW
from ia.delib.workflows import MEETING_WORKFLOW
from ia.delib.workflows import decided_states
from ia.delib.workflows import open_meeting_states
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import ia.delib
import pytest
import re


PROFILE = "ia.delib:default"


def test_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)


def test_core_installed_first(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile("ia.core:default") != "unknown"


@pytest.mark.parametrize(
    "portal_type,workflow",
    [
        ("IaDelibBody", BODY_WORKFLOW),
        ("IaDelibItem", ITEM_WORKFLOW),
        ("IaDelibMeeting", MEETING_WORKFLOW),
    ],
)
def test_types_bound_to_own_workflows(portal, portal_type, workflow):
    assert portal_type in api.portal.get_tool("portal_types")
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    assert tuple(chain) == (workflow,)


def test_item_behaviors(portal):
    behaviors = api.portal.get_tool("portal_types")["IaDelibItem"].behaviors
    for name in (
        "ia.responsible",
        "ia.reference",
        "ia.attachments",
        "ia.internal_notes",
    ):
        assert name in behaviors


def test_only_bodies_are_global(portal):
    types = api.portal.get_tool("portal_types")
    assert types["IaDelibBody"].global_allow
    assert not types["IaDelibItem"].global_allow
    assert not types["IaDelibMeeting"].global_allow
    assert set(types["IaDelibBody"].allowed_content_types) == {
        "IaDelibItem",
        "IaDelibMeeting",
    }
    assert list(types["IaDelibItem"].allowed_content_types) == [
        "IaAttachment",
        "IaDelibAdvice",
    ]


def test_final_states_per_workflow(portal):
    assert final_states(ITEM_WORKFLOW) == (
        "accepted",
        "accepted_modified",
        "refused",
        "postponed",
        "removed",
    )
    # delayed: decided, but the item goes back to a later meeting.
    assert decided_states() == (
        "accepted",
        "accepted_modified",
        "refused",
        "postponed",
        "removed",
        "delayed",
    )
    assert final_states(MEETING_WORKFLOW) == ("closed",)
    assert final_states("ia_delib_advice_workflow") == ("given",)
    assert final_states(BODY_WORKFLOW) == ()
    assert open_meeting_states() == ("created", "frozen")


PATHS = definition_paths(ia.delib)


@pytest.mark.parametrize("path", PATHS, ids=[p.parent.name for p in PATHS])
def test_installed_workflows_say_what_their_xml_says(portal, path):
    setRoles(portal, TEST_USER_ID, ["Manager"])  # the export needs it
    check_installed_facts(portal, path)


def test_balls(portal):
    assert ball_roles(ITEM_WORKFLOW, "proposed_n2") == ("IaReviewer2",)
    assert ball_roles(ITEM_WORKFLOW, "accepted") == ()
    assert "validated" in states_for_role(ITEM_WORKFLOW, "IaMeetingManager")
    assert ball_roles(MEETING_WORKFLOW, "closed") == ()


def test_reference_pattern(portal):
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert "IaDelibItem|DELIB/{year}/{number:05d}|creation" in patterns


def test_meeting_manager_role(portal):
    assert "IaMeetingManager" in portal.valid_roles()


def test_browserlayer(portal):
    from ia.delib.interfaces import IIaDelibLayer
    from plone.browserlayer.utils import registered_layers

    assert IIaDelibLayer in registered_layers()


def test_product_registered():
    from ia.core.products import known_products

    product = known_products()["ia.delib"]
    assert product.profile == PROFILE


def test_uninstall_profile_hidden(portal):
    from ia.delib.setuphandlers import HiddenProfiles

    assert HiddenProfiles().getNonInstallableProfiles() == ["ia.delib:uninstall"]


def test_uninstall_removes_types_and_layer(portal):
    from ia.delib.interfaces import IIaDelibLayer
    from plone.browserlayer.utils import registered_layers

    api.portal.get_tool("portal_setup").runAllImportStepsFromProfile(
        "profile-ia.delib:uninstall"
    )
    types = api.portal.get_tool("portal_types")
    assert "IaDelibItem" not in types
    assert IIaDelibLayer not in registered_layers()


def test_meeting_managers_save_versions(portal):
    for permission in (
        "CMFEditions: Save new version",
        "CMFEditions: Apply version control",
    ):
        roles = {
            r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]
        }
        assert "IaMeetingManager" in roles
        assert {"IaEditor", "Manager"} <= roles  # the core's roles are kept


def test_reinstall_is_idempotent(portal):
    setup = api.portal.get_tool("portal_setup")
    before = {
        r["name"]
        for r in portal.rolesOfPermission("CMFEditions: Save new version")
        if r["selected"]
    }
    setup.runAllImportStepsFromProfile("profile-ia.delib:default")
    after = {
        r["name"]
        for r in portal.rolesOfPermission("CMFEditions: Save new version")
        if r["selected"]
    }
    assert after == before
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert patterns.count("IaDelibItem|DELIB/{year}/{number:05d}|creation") == 1
    assert final_states(ITEM_WORKFLOW).count("accepted") == 1


def test_municipality_profile_may_list_delib(tmp_path):
    """A municipality profile listing only the core and ``ia.delib`` loads."""
    from ia.policy.municipality import load
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = (root / "profiles" / "demo.toml").read_text(encoding="utf-8")
    assert "ia.delib" in load(root / "profiles" / "demo.toml").products
    path = tmp_path / "commune.toml"
    text = re.sub(
        r"products = \[[^\]]*\]", 'products = ["ia.core", "ia.delib"]', text, count=1
    )
    # The other products' demo tables go with them.
    text = re.sub(
        r'\n\[demo\."ia\.(docs|pst|tech|urban)"\].*?(?=\n\[|\Z)', "", text, flags=re.S
    )
    path.write_text(text, encoding="utf-8")
    assert load(path).products == ("ia.core", "ia.delib")
