"""Upgrade steps of iA.Tech: 1000 -> 1001 adds the order's buttons (plan,
hours and materials), the index ``ia_tech_origin`` and the metadata
``ia_tech_public``, and indexes the requests made before; 1001 -> 1002
points the state menu's plan, refuse and mark as duplicate to their forms."""

from ia.tech.open311.reports import file as file_report
from ia.tech.testing import PROFILE
from plone import api


def test_last_step_reaches_the_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    assert max(step["dest"] for step in steps) == ("1002",)


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

    setup.upgradeProfile(PROFILE, dest="1001")

    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert {"tech_plan", "tech_work"} <= {a.getId() for a in fti.listActions()}
    assert "view" in {a.getId() for a in fti.listActions()}  # kept
    assert "tech_refuse" in {a.getId() for a in request_fti.listActions()}
    (brain,) = catalog.unrestrictedSearchResults(ia_tech_origin="open311")
    assert brain.ia_tech_public["address"] == "Rue Haute 1"
    assert len(catalog.unrestrictedSearchResults(ia_tech_origin="service")) == 1


def test_1002_transitions_open_their_forms(portal, order):
    from ia.tech.upgrades.v1002_transitions import URLS

    workflows = api.portal.get_tool("portal_workflow")
    setup = api.portal.get_tool("portal_setup")
    # A site of the previous release: the transitions fired at once.
    for (workflow_id, transition_id), _url in URLS.items():
        transition = workflows[workflow_id].transitions[transition_id]
        transition.actbox_url = (
            f"%(content_url)s/content_status_modify?workflow_action={transition_id}"
        )
    state_before = api.content.get_state(order)
    setup.setLastVersionForProfile(PROFILE, "1001")

    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
    plan = workflows["ia_tech_order_workflow"].transitions["plan"]
    assert plan.actbox_url == "%(content_url)s/@@tech-plan"
    request_wf = workflows["ia_tech_request_workflow"]
    assert request_wf.transitions["refuse"].actbox_url.endswith("/@@tech-refuse")
    duplicate = request_wf.transitions["mark_duplicate"]
    assert duplicate.actbox_url.endswith("/@@tech-duplicate")
    accept = request_wf.transitions["accept"]
    assert "content_status_modify" in accept.actbox_url  # the others unchanged
    assert api.content.get_state(order) == state_before  # no document touched


def test_1002_work_folder_unordered(portal, new_request):
    from ia.core.unordered import ORDER_KEYS
    from ia.tech.folders import work_folder
    from persistent.list import PersistentList
    from zope.annotation.interfaces import IAnnotations

    request = new_request()
    folder = work_folder()
    setup = api.portal.get_tool("portal_setup")
    # A site of the previous release: an ordered folder and its list of ids.
    folder.setOrdering("")
    IAnnotations(folder)[ORDER_KEYS[0]] = PersistentList(
        folder.objectIds(ordered=False)
    )
    setup.setLastVersionForProfile(PROFILE, "1001")

    setup.upgradeProfile(PROFILE)

    assert folder.getOrdering().__class__.__name__ == "UnorderedOrdering"
    assert not set(ORDER_KEYS) & set(IAnnotations(folder))
    assert folder[request.getId()] == request
