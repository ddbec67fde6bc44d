"""Upgrade 1000 → 1001 of ia.docs and ia.delib: the links of a site made by
the previous release (the demo data, its links put back in the old storage:
``replies_to`` relations, ``delib_item_uid`` / ``docs_mail_uid``,
``council_item_uid`` / ``college_item_uid``) become core links, read from
both ends; the old attributes are gone; twice is once; a dangling UID is
skipped."""

from ia.core.handovers import api as handovers
from ia.core.handovers.api import ANNOTATION as HANDOVER_ORIGIN
from ia.core.links import api as links
from ia.core.links import storage
from ia.docs import demo as docs_demo
from plone import api
from tests.delib.demo_layer import on_demo_layer
from z3c.relationfield import RelationValue
from z3c.relationfield.event import _setRelation
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
import pytest
import transaction


pytestmark = pytest.mark.suite


# The demo layer, kept up for this module (tests/delib/demo_layer.py).
globals().update(on_demo_layer())


OLD = ("replies_to", "delib_item_uid", "docs_mail_uid")
OLD += ("council_item_uid", "college_item_uid")
PROFILES = ("ia.docs:default", "ia.delib:default")


def all_links() -> set:
    """(kind, source UID, target UID) of every link of the site."""
    catalog = api.portal.get_tool("portal_catalog")
    found = set()
    for brain in catalog.unrestrictedSearchResults(portal_type=DOCUMENTS):
        obj = brain._unrestrictedGetObject()
        for relation in storage.find(source=obj):
            _source, target = storage.ends(relation)
            found.add((relation.from_attribute, obj.UID(), target.UID()))
    return found


DOCUMENTS = ["IaIncomingMail", "IaOutgoingMail", "IaDelibItem"]


def to_old_storage(expected) -> None:
    """What a 1000 site holds: the old attributes and relations, no link."""
    intids = getUtility(IIntIds)
    for kind, source_uid, target_uid in expected:
        source = api.content.get(UID=source_uid)
        target = api.content.get(UID=target_uid)
        links.unlink(source=source, target=target, kind=kind)
        IAnnotations(target).pop(HANDOVER_ORIGIN, None)
        IAnnotations(source).pop(HANDOVER_ORIGIN, None)
        if kind == "ia.reply_to":
            relation = RelationValue(intids.getId(target))
            source.replies_to = list(source.__dict__.get("replies_to", [])) + [relation]
            _setRelation(source, "replies_to", relation)
        elif source.portal_type == "IaIncomingMail":
            source.delib_item_uid = target_uid
            target.docs_mail_uid = source_uid
        else:
            source.council_item_uid = target_uid
            target.college_item_uid = source_uid


@pytest.fixture
def site(portal):
    with api.env.adopt_roles(["Manager"]):
        assert docs_demo.populate(portal, None, mails=8) == 8
        # a mail that became a Delib item
        mail = api.content.find(
            portal_type="IaIncomingMail", review_state="in_treatment", unrestricted=True
        )[0]._unrestrictedGetObject()
        handovers.hand_over(source=mail, handover="ia.delib.item_from_document")
        expected = all_links()
        to_old_storage(expected)
        # an action of the old mail type
        fti = api.portal.get_tool("portal_types")["IaIncomingMail"]
        fti.addAction(
            "ia_send_to_delib",
            "Create a deliberation item",
            "string:${object_url}/@@ia-send-to-delib",
            "",
            "View",
            "object_buttons",
        )
        setup = api.portal.get_tool("portal_setup")
        for profile in PROFILES:
            setup.setLastVersionForProfile(profile, "1000")
    # as in a real site, the documents are ghosts when the upgrade starts
    transaction.savepoint(optimistic=True)
    portal._p_jar.cacheMinimize()
    return {"expected": expected, "mail": mail, "setup": setup}


def upgrade(setup):
    with api.env.adopt_roles(["Manager"]):
        for profile in PROFILES:
            setup.upgradeProfile(profile)
            latest = setup.getVersionForProfile(profile)
            assert setup.getLastVersionForProfile(profile) == (latest,)


def old_values() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return [
        (brain.getPath(), name)
        for brain in catalog.unrestrictedSearchResults(portal_type=DOCUMENTS)
        for name in OLD
        if name in brain._unrestrictedGetObject().__dict__
    ]


def test_every_link_is_back(site):
    expected = site["expected"]
    kinds = {kind for kind, _s, _t in expected}
    assert kinds == {"ia.reply_to", "ia.gave_rise_to"}
    assert len(expected) >= 4  # replies, the council item, the mail's item
    assert all_links() == set()
    assert old_values()
    upgrade(site["setup"])
    assert all_links() == expected
    assert old_values() == []
    with api.env.adopt_roles(["Manager"]):
        for kind, source_uid, target_uid in expected:
            source = api.content.get(UID=source_uid)
            target = api.content.get(UID=target_uid)
            assert target in links.targets(source=source, kind=kind)
            assert source in links.sources(target=target, kind=kind)
            catalog = api.portal.get_tool("portal_catalog")
            assert catalog.unrestrictedSearchResults(
                UID=source_uid, ia_linked_uids=target_uid
            )
    from zc.relation.interfaces import ICatalog

    relations = getUtility(ICatalog).findRelations({"from_attribute": "replies_to"})
    assert list(relations) == []
    fti = api.portal.get_tool("portal_types")["IaIncomingMail"]
    assert "ia_send_to_delib" not in [a.getId() for a in fti.listActions()]


def test_twice_is_once_and_dangling_uids_skipped(site, caplog):
    mail = site["mail"]
    with api.env.adopt_roles(["Manager"]):
        [other, *_rest] = [
            brain._unrestrictedGetObject()
            for brain in api.content.find(
                portal_type="IaIncomingMail", unrestricted=True
            )
            if brain.UID != mail.UID()
        ]
    other.delib_item_uid = "a-deleted-item"
    upgrade(site["setup"])
    assert "a-deleted-item" in caplog.text
    assert "delib_item_uid" not in other.__dict__
    before = all_links()
    for profile in PROFILES:
        site["setup"].setLastVersionForProfile(profile, "1000")
    upgrade(site["setup"])
    assert all_links() == before == site["expected"]
    assert len(handovers.done(source=mail, handover="ia.delib.item_from_document")) == 1
    # the hand-overs know what they made before the upgrade (once)
    council = "ia.delib.council_item_from_college_item"
    with api.env.adopt_roles(["Manager"]):
        assert "ia.delib.item_from_document" not in [
            h.id for h in handovers.available(source=mail)
        ]
        sent = [
            source
            for kind, source_uid, _target in site["expected"]
            if kind == "ia.gave_rise_to"
            and (source := api.content.get(UID=source_uid)).portal_type == "IaDelibItem"
        ]
        assert sent
        for item in sent:
            assert len(handovers.done(source=item, handover=council)) == 1
