"""Upgrade 1001 -> 1002 of ia.docs: /courrier keeps no explicit order, so two
mails registered at the same time no longer conflict on one list of ids."""

from Acquisition import aq_base
from ia.docs.area import MailArea
from ia.docs.area import get_mail_area
from plone import api
from plone.dexterity.content import Container
from plone.folder.default import DefaultOrdering


PROFILE = "ia.docs:default"


def test_new_area_is_unordered(portal):
    area = get_mail_area(portal)
    assert area.getOrdering().__class__.__name__ == "UnorderedOrdering"
    assert DefaultOrdering.ORDER_KEY not in getattr(area, "__annotations__", {})


def test_adding_a_mail_leaves_the_area_unchanged(portal):
    area = get_mail_area(portal)
    assert type(aq_base(area)) is MailArea
    before = area.modified()
    area.notifyModified()
    area.reindexObject()
    assert area.modified() == before


def test_upgrade_drops_the_order_list(portal):
    area = get_mail_area(portal)
    area.setOrdering("")  # as the previous release left it
    aq_base(area).__class__ = Container
    area.getOrdering().notifyAdded("x")
    assert DefaultOrdering.ORDER_KEY in area.__annotations__
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    titles = [step["title"] for step in setup.listUpgrades(PROFILE)]
    assert "Mail area without explicit order" in titles
    setup.upgradeProfile(PROFILE, "1002")
    assert area.getOrdering().__class__.__name__ == "UnorderedOrdering"
    assert DefaultOrdering.ORDER_KEY not in area.__annotations__
    assert type(aq_base(area)) is MailArea
    assert portal.portal_types.IaMailArea.klass == "ia.docs.area.MailArea"
    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
