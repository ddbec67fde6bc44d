"""Upgrade steps of ia.urban: 1000 -> 1001 stores every file's deadlines,
1001 -> 1002 indexes the open ones."""

from ia.urban.events.api import add_event
from plone import api


PROFILE = "ia.urban:default"


def test_last_step_reaches_the_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    assert max(step["dest"] for step in steps) == ("1002",)
    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)


def test_1001_stores_the_deadlines(portal, licence):
    permit = licence()
    add_event(permit, "opinion_request", body="SRI")
    catalog = api.portal.get_tool("portal_catalog")
    setup = api.portal.get_tool("portal_setup")
    # A site of the 1000 release: no index, no column, nothing stored.
    catalog.delIndex("ia_urban_deadline_dates")
    catalog.delColumn("ia_urban_deadlines")
    api.portal.get_tool("portal_actions").user.manage_delObjects(["ia-urban-deadlines"])
    del permit.urban_deadlines
    setup.setLastVersionForProfile(PROFILE, "1000")

    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
    assert "ia-urban-deadlines" in api.portal.get_tool("portal_actions").user
    opinion = [e for e in permit.urban_deadlines if e["rule"] == "opinion"][0]
    (brain,) = catalog(ia_urban_deadline_dates=opinion["date"])
    assert brain.UID == permit.UID()
    assert brain.ia_urban_deadlines == permit.urban_deadlines


def test_1002_indexes_the_open_deadlines(portal, licence):
    from ia.urban.deadlines.bulk import INDEX
    from ia.urban.deadlines.bulk import every_open

    permit = licence()
    add_event(permit, "opinion_request", body="SRI")
    catalog = api.portal.get_tool("portal_catalog")
    setup = api.portal.get_tool("portal_setup")
    catalog.delIndex(INDEX)  # a site of the 1001 release
    setup.setLastVersionForProfile(PROFILE, "1001")

    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
    assert INDEX in catalog.indexes()
    expected = sorted(
        (e["rule"], e["date"])
        for e in permit.urban_deadlines
        if e["open"] and not e["after"]
    )
    assert "opinion" in {rule for rule, _day in expected}
    found = every_open({"UID": permit.UID()})[permit.UID()]
    assert sorted((e["rule"], e["date"]) for e in found) == expected


def _view_roles(area):
    return {r["name"] for r in area.rolesOfPermission("View") if r["selected"]}


def test_area_is_internal_and_1001_makes_it_so(portal):
    """No *Urbanisme* tab leading an anonymous visitor to an empty page."""
    from ia.urban.area import get_area
    from plone.app.testing import logout

    area = get_area(portal)
    assert "Anonymous" not in _view_roles(area)
    assert not area.acquiredRolesAreUsedBy("View")
    area.manage_permission("View", (), acquire=True)  # as 1000 left it
    area.reindexObjectSecurity()
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1000")
    setup.upgradeProfile(PROFILE)
    assert "Authenticated" in _view_roles(area)
    assert not area.acquiredRolesAreUsedBy("View")
    logout()
    assert len(portal.portal_catalog(portal_type="IaUrbanArea")) == 0
