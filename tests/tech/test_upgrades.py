"""Upgrade steps of iA.Tech: 1000 -> 1001 adds the order's buttons (plan,
hours and materials), the index ``ia_tech_origin`` and the metadata
``ia_tech_public``, and indexes the requests made before."""

from ia.tech.open311.reports import file as file_report
from ia.tech.testing import PROFILE
from plone import api


def test_last_step_reaches_the_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    assert max(step["dest"] for step in steps) == ("1001",)


def test_1001_order_pages_and_open311_metadata(portal, world, new_request):
    report = {"service_code": "roads", "address_string": "Rue Haute 1"}
    file_report(report)
    new_request(title="Demande interne")
    catalog = api.portal.get_tool("portal_catalog")
    setup = api.portal.get_tool("portal_setup")
    fti = api.portal.get_tool("portal_types")["IaTechOrder"]
    # A site of the previous release: version 1000, none of it.
    catalog.delIndex("ia_tech_origin")
    catalog.delColumn("ia_tech_public")
    ids = [a.getId() for a in fti.listActions()]
    fti.deleteActions([i for i, a in enumerate(ids) if a in ("tech_plan", "tech_work")])
    request_fti = api.portal.get_tool("portal_types")["IaTechRequest"]
    ids = [a.getId() for a in request_fti.listActions()]
    request_fti.deleteActions([ids.index("tech_refuse")])
    setup.setLastVersionForProfile(PROFILE, "1000")

    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert {"tech_plan", "tech_work"} <= {a.getId() for a in fti.listActions()}
    assert "view" in {a.getId() for a in fti.listActions()}  # kept
    assert "tech_refuse" in {a.getId() for a in request_fti.listActions()}
    (brain,) = catalog.unrestrictedSearchResults(ia_tech_origin="open311")
    assert brain.ia_tech_public["address"] == "Rue Haute 1"
    assert len(catalog.unrestrictedSearchResults(ia_tech_origin="service")) == 1
