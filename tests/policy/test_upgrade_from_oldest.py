"""``ia-site update`` on a site of the oldest release runs every upgrade step
of every installed ``ia.*`` profile (every product installed: SUITE layer).

Each profile is put back at the source version of its oldest step; the
update's ``run_upgrades`` brings every one to its profile version, nothing
stays pending, and the 1002 conflict fixes are in place.
"""

from ia.core.conflicts.uidgenerator import UniqueIdGenerator
from ia.docs.area import get_mail_area
from ia.policy.site import pending_upgrades
from ia.policy.site import run_upgrades
from plone import api
from Products.CMFUid.interfaces import IUniqueIdGenerator
from tests.docs.delib_link_world import INTEGRATION_FIXTURES
from zope.component import getUtility
import pytest


pytestmark = pytest.mark.suite

globals().update(INTEGRATION_FIXTURES)


def _steps(setup, profile_id):
    for step in setup.listUpgrades(profile_id, show_old=True):
        yield from step if isinstance(step, list) else [step]


def test_update_runs_every_step_from_the_oldest_versions(portal):
    setup = api.portal.get_tool("portal_setup")
    profiles = {
        profile_id: min(
            (step["source"] for step in _steps(setup, profile_id)),
            key=lambda version: tuple(int(part) for part in version),
        )
        for profile_id in setup.listProfilesWithUpgrades()
        if profile_id.startswith("ia.")
        and setup.getLastVersionForProfile(profile_id) != "unknown"
    }
    assert {"ia.core:default", "ia.docs:default", "ia.delib:default"} <= set(profiles)
    for profile_id, oldest in profiles.items():
        setup.setLastVersionForProfile(profile_id, oldest)
    assert set(pending_upgrades(portal)) == set(profiles)

    with api.env.adopt_roles(["Manager"]):
        ran = run_upgrades(portal)

    assert set(ran) == set(profiles)
    assert pending_upgrades(portal) == {}
    for profile_id in profiles:
        assert setup.getLastVersionForProfile(profile_id) == (
            setup.getVersionForProfile(profile_id),
        )
    assert isinstance(getUtility(IUniqueIdGenerator), UniqueIdGenerator)
    assert get_mail_area(portal)._ordering == "unordered"
