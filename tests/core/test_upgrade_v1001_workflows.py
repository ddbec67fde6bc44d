"""Upgrade 1000 -> 1001 of ia.core: the shared workflows gain their facts
(re-imported), the registry list goes, stale ``ia_final`` / ``ia_ball`` are
reindexed."""

from ia.core.testing import create_document
from ia.core.testing import create_service
from ia.core.upgrades.v1001_workflows import PROFILE
from ia.core.upgrades.v1001_workflows import WORKFLOWS
from ia.core.workflows.facts import final_states
from ia.core.workflows.testing_facts import simulate_release_1000
from ia.core.workflows.upgrade import types_under
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles


def _index(obj, name):
    catalog = api.portal.get_tool("portal_catalog")
    rid = api.content.find(UID=obj.UID())[0].getRID()
    return catalog.getIndexDataForRID(rid).get(name)


def test_upgrade(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    simulate_release_1000(PROFILE, WORKFLOWS, ["done", "cancelled"])
    assert final_states("ia_validation_workflow") == ()
    service = create_service(portal["organisation"], "Service").UID()
    done = create_document(portal, services=[service], state="validated")
    waiting = create_document(portal, services=[service], state="proposed")
    assert not _index(done, "ia_final")
    assert not _index(waiting, "ia_ball")

    setup = api.portal.get_tool("portal_setup")
    setup.upgradeProfile(PROFILE, "1001")

    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert "ia.core.final_states" not in api.portal.get_tool("portal_registry")
    assert final_states("ia_validation_workflow") == ("validated",)
    assert _index(done, "ia_final")
    assert _index(waiting, "ia_ball") == [f"{service}:IaReviewer1"]


def test_types_under_the_workflows(portal):
    types = types_under(WORKFLOWS)
    assert {"IaTestDocument", "IaTestCase", "IaTestPublication", "IaTask"} <= set(types)
    assert "Folder" not in types
