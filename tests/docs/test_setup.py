"""Installation of iA.Docs: types, workflows, registry, mail area, product registry."""

from ia.core.workflows.facts import ball_roles
from ia.core.workflows.facts import final_states
from ia.core.workflows.testing_facts import check_installed_facts
from ia.core.workflows.testing_facts import definition_paths
from ia.docs.area import get_mail_area
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import ia.docs
import pytest


def test_mail_area_created(portal):
    area = get_mail_area(portal)
    assert area is not None
    assert area.absolute_url_path().endswith("/courrier")
    assert api.portal.get_tool("portal_workflow").getChainFor(area) == ()


def test_types_installed(portal):
    types = api.portal.get_tool("portal_types")
    for name in ("IaMailArea", "IaIncomingMail", "IaOutgoingMail"):
        assert name in types.objectIds()
    allowed = types["IaMailArea"].allowed_content_types
    assert set(allowed) == {"IaIncomingMail", "IaOutgoingMail"}
    assert not types["IaIncomingMail"].global_allow


def test_workflows_bound(portal):
    wf = api.portal.get_tool("portal_workflow")
    assert wf.getChainForPortalType("IaIncomingMail") == ("ia_incoming_mail_workflow",)
    assert wf.getChainForPortalType("IaOutgoingMail") == ("ia_outgoing_mail_workflow",)


def test_final_states_and_ball(portal):
    assert final_states("ia_incoming_mail_workflow") == ("closed",)
    assert final_states("ia_outgoing_mail_workflow") == ("sent",)
    assert ball_roles("ia_incoming_mail_workflow", "proposed_to_manager") == (
        "IaServiceManager",
    )
    assert ball_roles("ia_outgoing_mail_workflow", "sent") == ()


PATHS = definition_paths(ia.docs)


@pytest.mark.parametrize("path", PATHS, ids=[p.parent.name for p in PATHS])
def test_installed_workflows_say_what_their_xml_says(portal, path):
    setRoles(portal, TEST_USER_ID, ["Manager"])  # the export needs it
    check_installed_facts(portal, path)


def test_registry_patterns_appended(portal):
    patterns = api.portal.get_registry_record("ia.core.reference_patterns")
    assert "E|E/{year}/{number:05d}|creation" in patterns
    assert "S|S/{year}/{number:05d}|creation" in patterns
    registers = api.portal.get_registry_record("ia.core.reference_type_registers")
    assert {"IaIncomingMail|E", "IaOutgoingMail|S"} <= set(registers)


def test_profile_version(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile("ia.docs:default") == ("1003",)


def test_product_registered():
    from ia.core.products import known_products

    product = known_products()["ia.docs"]
    assert product.profile == "ia.docs:default"


def test_uninstall_removes_types(portal):
    setup = api.portal.get_tool("portal_setup")
    setup.runAllImportStepsFromProfile("profile-ia.docs:uninstall")
    types = api.portal.get_tool("portal_types")
    assert "IaIncomingMail" not in types.objectIds()
    assert "ia_incoming_mail_workflow" not in api.portal.get_tool("portal_workflow")


def test_reply_action_on_incoming_mail(portal):
    fti = api.portal.get_tool("portal_types")["IaIncomingMail"]
    action = [a for a in fti.listActions() if a.id == "ia_reply"][0]
    assert action.category == "object_buttons"
    assert action.getActionExpression().endswith("/@@ia-reply")


def test_uninstall_profile_hidden(portal):
    from plone.base.interfaces import INonInstallable
    from zope.component import getUtility

    hidden = getUtility(INonInstallable, name="ia.docs-hiddenprofiles")
    assert hidden.getNonInstallableProfiles() == ["ia.docs:uninstall"]
