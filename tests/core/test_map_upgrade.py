"""Upgrade 1001 → 1002 of ia.core: the map's index, column, settings, links."""

from ia.core.map.testing import located
from ia.core.testing import create_document
from ia.core.upgrades import v1002_map
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


PROFILE = "ia.core:default"


def as_in_1001(portal):
    """The site as the previous release left it."""
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("ia_located")
    catalog.delColumn("ia_geo")
    api.portal.get_tool("portal_actions").user.manage_delObjects(["ia-map"])
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("ia-map")
    registry = getUtility(IRegistry)
    for name in list(registry.records.keys()):
        if name.startswith("ia.core.map."):
            del registry.records[name]
    api.portal.get_tool("portal_setup").setLastVersionForProfile(PROFILE, "1001")


def test_step_is_registered(manager_portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    titles = [step["title"] for step in steps if not isinstance(step, list)]
    assert "Map of located documents" in titles


def test_upgrade_adds_map_and_indexes_located_documents(manager_portal):
    as_in_1001(manager_portal)
    point = located(manager_portal, "Chantier")
    create_document(manager_portal, title="Sans lieu")
    catalog = api.portal.get_tool("portal_catalog")
    assert "ia_located" not in catalog.indexes()
    setup = api.portal.get_tool("portal_setup")
    setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
    assert catalog._catalog.indexes["ia_located"].meta_type == "BooleanIndex"
    assert "ia_geo" in catalog.schema()
    assert "ia_reference" in catalog.indexes()  # the delta profile purges nothing
    found = api.content.find(ia_located=True)
    assert [brain.getObject() for brain in found] == [point]
    assert found[0].ia_geo == {"type": "Point", "coordinates": [4.8675, 50.4669]}
    assert api.portal.get_registry_record("ia.core.map.tile_url").startswith(
        "https://tile.openstreetmap.org/"
    )
    assert "ia-map" in api.portal.get_tool("portal_actions").user.objectIds()
    panel = api.portal.get_tool("portal_controlpanel")
    assert "ia-map" in [action.getId() for action in panel.listActions()]
    # twice is once
    v1002_map.upgrade(setup)
    assert len(api.content.find(ia_located=True)) == 1


def test_located_types(manager_portal):
    assert {"IaTestDocument", "IaTestCase"} <= set(v1002_map.located_types())
