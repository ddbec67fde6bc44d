"""Upgrade 1000 -> 1001 of ia.delib: the Delib workflows gain their facts
(re-imported), the registry list goes, a closed meeting becomes final."""

from ia.core.workflows.facts import final_states
from ia.core.workflows.testing_facts import simulate_release_1000
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from ia.delib.upgrades.v1001_workflows import PROFILE
from ia.delib.upgrades.v1001_workflows import WORKFLOWS
from ia.delib.workflows import decided_states
from plone import api


def _final(obj):
    return api.content.find(UID=obj.UID())[0].ia_final


def test_upgrade(body):
    simulate_release_1000(PROFILE, WORKFLOWS, ["accepted", "refused", "given"])
    assert decided_states() == ()
    meeting = create_meeting(body, state="closed")
    item = create_item(body, state="accepted")
    assert _final(meeting) is False
    assert _final(item) is False

    setup = api.portal.get_tool("portal_setup")
    setup.upgradeProfile(PROFILE)

    assert setup.getLastVersionForProfile(PROFILE) == (
        setup.getVersionForProfile(PROFILE),
    )
    assert "ia.core.final_states" not in api.portal.get_tool("portal_registry")
    assert final_states("ia_delib_meeting_workflow") == ("closed",)
    assert "delayed" in decided_states()
    assert _final(meeting) is True
    assert _final(item) is True
