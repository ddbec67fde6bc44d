"""Upgrade 1002 -> 1003 of ia.docs: ``/courrier`` is internal, so an
anonymous visitor gets no *Courrier* tab leading to an empty page."""

from ia.docs.area import get_mail_area
from plone import api
from plone.app.testing import logout


PROFILE = "ia.docs:default"


def view_roles(area):
    return {r["name"] for r in area.rolesOfPermission("View") if r["selected"]}


def test_new_area_is_for_authenticated_users_only(portal):
    area = get_mail_area(portal)
    assert "Anonymous" not in view_roles(area)
    assert "Authenticated" in view_roles(area)
    assert not area.acquiredRolesAreUsedBy("View")
    logout()
    # the global navigation and the search read the catalog as the visitor
    found = portal.portal_catalog(portal_type="IaMailArea")
    assert found == [] or len(found) == 0


def test_upgrade_makes_the_area_internal(portal):
    area = get_mail_area(portal)
    # as the previous release left it: View acquired from the site root
    area.manage_permission("View", (), acquire=True)
    area.manage_permission("Access contents information", (), acquire=True)
    area.reindexObjectSecurity()
    assert area.acquiredRolesAreUsedBy("View")
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1002")
    titles = [step["title"] for step in setup.listUpgrades(PROFILE)]
    assert "Mail area internal" in titles
    setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == ("1003",)
    assert "Anonymous" not in view_roles(area)
    assert "Authenticated" in view_roles(area)
    assert not area.acquiredRolesAreUsedBy("View")
