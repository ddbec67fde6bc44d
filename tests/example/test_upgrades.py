"""Upgrade steps of iA.Example: 1000 -> 1001 adds the topic index and
indexes the requests made before."""

from plone import api
from tests.example.ia_example.testing import PROFILE


def test_last_step_reaches_the_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    assert max(step["dest"] for step in steps) == ("1001",)


def test_1001_adds_the_topic_index(portal, request_in):
    request = request_in("received", title="Nid de poule", topic="Voirie")
    catalog = api.portal.get_tool("portal_catalog")
    setup = api.portal.get_tool("portal_setup")
    # A site of the previous release: version 1000, no index.
    catalog.delIndex("ia_example_topic")
    setup.setLastVersionForProfile(PROFILE, "1000")

    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert "ia_example_topic" in catalog.indexes()
    brains = catalog.unrestrictedSearchResults(ia_example_topic="Voirie")
    assert [brain.getObject() for brain in brains] == [request]
