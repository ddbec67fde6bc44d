"""Upgrade 1000 → 1001 of ia.core: links index and column, the hand-over action."""

from ia.core.links import api as links
from ia.core.testing import create_document
from ia.core.upgrades import v1001_links
from plone import api


PROFILE = "ia.core:default"
INDEX = "ia_linked_uids"


def as_in_1000(portal):
    """The site as the previous release left it."""
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex(INDEX)
    catalog.delColumn(INDEX)
    actions = api.portal.get_tool("portal_actions")
    actions.object_buttons.manage_delObjects(["ia_handover"])
    api.portal.get_tool("portal_setup").setLastVersionForProfile(PROFILE, "1000")


def test_step_is_registered(manager_portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    titles = [step["title"] for step in steps if not isinstance(step, list)]
    assert "Links between documents and hand-overs" in titles


def test_upgrade_adds_index_column_action_and_indexes_links(manager_portal):
    mail = create_document(manager_portal, title="Courrier")
    reply = create_document(manager_portal, title="Réponse")
    as_in_1000(manager_portal)
    links.link(source=reply, target=mail, kind="ia.reply_to")  # made before the index
    catalog = api.portal.get_tool("portal_catalog")
    assert INDEX not in catalog.indexes()
    setup = api.portal.get_tool("portal_setup")
    setup.upgradeProfile(PROFILE, "1001")
    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
    assert catalog._catalog.indexes[INDEX].meta_type == "KeywordIndex"
    assert INDEX in catalog.schema()
    assert "ia_reference" in catalog.indexes()  # the delta profile purges nothing
    found = api.content.find(ia_linked_uids=api.content.get_uuid(mail))
    assert [brain.getObject() for brain in found] == [reply]
    action = api.portal.get_tool("portal_actions").object_buttons.ia_handover
    assert action.url_expr == "string:${object_url}/@@ia-handover"
    # twice is once
    v1001_links.upgrade(setup)
    assert len(api.content.find(ia_linked_uids=api.content.get_uuid(reply))) == 1
