"""An incoming mail in treatment becomes a draft iA.Delib item (SUITE layer):
the item's fields, its annex, the link both ways, the refusals (nothing
created), the action, the pages and REST."""

from ia.core.workflows.testing import set_state
from ia.docs.delib_link import api as delib_link
from ia.docs.delib_link.browser import ItemMailViewlet
from ia.docs.delib_link.browser import MailDelibViewlet
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from tests.docs.delib_link_world import INTEGRATION_FIXTURES
from tests.docs.delib_link_world import PDF
from tests.docs.delib_link_world import make_world
from zope.i18n import translate
import pytest


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite


globals().update(INTEGRATION_FIXTURES)


@pytest.fixture
def portal(integration):
    return integration["portal"]


@pytest.fixture
def world(portal):
    return make_world(portal)


def fr(error):
    return translate(error.message, target_language="fr")


def items(portal):
    return api.content.find(
        context=portal, portal_type="IaDelibItem", unrestricted=True
    )


def test_delib_is_available_in_the_suite(portal):
    assert delib_link.delib_available()


def test_agent_creates_a_draft_item_in_the_college(portal, world):
    login(portal, "agent1")
    item = delib_link.send_to_delib(world["mail"])
    assert item.aq_parent == world["college"]
    assert item.portal_type == "IaDelibItem"
    assert api.content.get_state(item) == "created"
    assert item.Title() == "Demande de subside pour la kermesse"
    assert list(item.responsible_services) == [world["travaux"]]
    text = item.motivation.raw
    assert "E/2026/" in text and "20/11/2026" in text and "Dupont Jean" in text
    annexes = item.objectValues()
    assert len(annexes) == 1
    assert annexes[0].portal_type == "IaAttachment"
    assert annexes[0].file.data == PDF
    assert annexes[0].file.filename == "scan-0042.pdf"
    assert delib_link.item_of(world["mail"]) == item
    assert delib_link.mail_of(item) == world["mail"]


def test_service_manager_chooses_the_council(portal, world):
    login(portal, "chef")
    item = delib_link.send_to_delib(world["mail"], world["conseil"].UID())
    assert item.aq_parent == world["conseil"]


def test_bodies_colleges_first(portal, world):
    login(portal, "agent1")
    assert [body.getId() for body in delib_link.bodies_for(world["mail"])] == [
        "college",
        "conseil",
    ]


def test_sent_twice_names_the_item(portal, world):
    login(portal, "agent1")
    item = delib_link.send_to_delib(world["mail"])
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(world["mail"])
    assert item.Title() in fr(info.value) and "déjà" in fr(info.value)
    assert len(items(portal)) == 1


def test_not_in_treatment_refused(portal, world):
    set_state(world["mail"], "proposed_to_agent")
    login(portal, "agent1")
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(world["mail"])
    assert "en traitement" in fr(info.value)
    assert len(items(portal)) == 0


@pytest.mark.parametrize("userid", ["lecteur", "autre", "encodeur"])
def test_who_does_not_treat_the_mail_is_refused(portal, world, userid):
    login(portal, userid)
    with pytest.raises(delib_link.DelibLinkError):
        delib_link.send_to_delib(world["mail"])
    assert len(items(portal)) == 0


def test_no_body_refused(portal):
    world = make_world(portal, bodies=False)
    login(portal, "agent1")
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(world["mail"])
    assert "organe" in fr(info.value)


def test_bad_body_refused(portal, world):
    login(portal, "agent1")
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(world["mail"], world["mail"].UID())
    assert world["mail"].UID() in fr(info.value)
    assert len(items(portal)) == 0


def test_delib_not_installed_refused(portal, world):
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(delib_link.PROFILE, "unknown")
    login(portal, "agent1")
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(world["mail"])
    assert "iA.Delib" in fr(info.value)


def test_action_only_for_who_may_send(portal, world):
    mail = world["mail"]
    login(portal, "agent1")
    ids = [
        a["id"]
        for a in api.portal.get_tool("portal_actions").listFilteredActionsFor(mail)[
            "object_buttons"
        ]
    ]
    assert "ia_send_to_delib" in ids
    login(portal, "lecteur")
    ids = [
        a["id"]
        for a in api.portal.get_tool("portal_actions").listFilteredActionsFor(mail)[
            "object_buttons"
        ]
    ]
    assert "ia_send_to_delib" not in ids


def test_pages_show_the_link(portal, world):
    mail = world["mail"]
    request = portal.REQUEST
    login(portal, "agent1")
    viewlet = MailDelibViewlet(mail, request, None, None)
    viewlet.update()
    assert viewlet.can_send and viewlet.item is None
    assert "@@ia-send-to-delib" in viewlet.render()
    item = delib_link.send_to_delib(mail)
    viewlet = MailDelibViewlet(mail, request, None, None)
    viewlet.update()
    assert not viewlet.can_send
    assert viewlet.item["url"] == item.absolute_url()
    assert viewlet.item["review_state"] == "created"
    html = viewlet.render()
    assert item.absolute_url() in html and "created" in html
    viewlet = ItemMailViewlet(item, request, None, None)
    viewlet.update()
    assert mail.absolute_url() in viewlet.render()
    login(portal, TEST_USER_NAME)
