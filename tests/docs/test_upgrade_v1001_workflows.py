"""Upgrade 1000 -> 1001 of ia.docs: the mail workflows gain their facts, the
registry list goes, a closed mail indexed as open is fixed."""

from datetime import date
from datetime import timedelta
from ia.core.workflows.facts import final_states
from ia.core.workflows.testing import set_state
from ia.core.workflows.testing_facts import open_lists_holding
from ia.core.workflows.testing_facts import simulate_release_1000
from ia.docs.upgrades.v1001_workflows import PROFILE
from ia.docs.upgrades.v1001_workflows import WORKFLOWS
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles


YESTERDAY = date.today() - timedelta(days=1)
USERS = ("agent1", "chef")


def _brain(obj):
    return api.content.find(UID=obj.UID())[0]


def _ball(obj):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.getIndexDataForRID(_brain(obj).getRID()).get("ia_ball")


def test_upgrade_fixes_the_closed_mail(portal, services, registered):
    simulate_release_1000(PROFILE, WORKFLOWS, ["sent"])
    assert final_states("ia_incoming_mail_workflow") == ()
    closed = registered(title="Fermé", assigned_agent="agent1", due_date=YESTERDAY)
    treated = registered(title="En cours", assigned_agent="agent1")
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    set_state(closed, "closed")
    set_state(treated, "in_treatment")
    # The 1000 state: the closed mail counts as open, the ball is unknown.
    assert _brain(closed).ia_final is False
    assert {"to_treat", "overdue", "my_services"} <= open_lists_holding(closed, USERS)
    assert not _ball(treated)  # not in the index

    setup = api.portal.get_tool("portal_setup")
    setup.upgradeProfile(PROFILE, dest="1001")

    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert "ia.core.final_states" not in api.portal.get_tool("portal_registry")
    assert final_states("ia_incoming_mail_workflow") == ("closed",)
    assert _brain(closed).ia_final is True
    assert open_lists_holding(closed, USERS) == set()
    assert _ball(treated) == [f"{services['travaux']}:IaAgent"]
    assert "to_treat" in open_lists_holding(treated, USERS)
