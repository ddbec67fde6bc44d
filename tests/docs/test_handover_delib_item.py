"""The hand-over ``ia.delib.item_from_document`` from an incoming mail (SUITE
layer): offered / refused per role and state, the item's fields and annex,
the ``ia.gave_rise_to`` link from both ends, once; over REST."""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.links import api as links
from ia.core.workflows.testing import set_state
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


ITEM = "ia.delib.item_from_document"


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


def offer(mail, userid):
    with api.env.adopt_user(username=userid):
        return {h.id: h for h in handovers.available(source=mail)}.get(ITEM)


def test_the_agent_prepares_an_item_in_the_college(portal, world):
    mail = world["mail"]
    login(portal, "agent1")
    item = handovers.hand_over(source=mail, handover=ITEM)
    assert item.aq_parent == world["college"]
    assert item.portal_type == "IaDelibItem"
    assert api.content.get_state(item) == "created"
    assert item.Title() == "Demande de subside pour la kermesse"
    assert list(item.responsible_services) == [world["travaux"]]
    text = item.motivation.raw
    assert text.startswith("<p>Vu le document E/2026/")
    assert "(courrier entrant) reçu le " in text
    assert "reçu le 20/11/2026 de Dupont Jean" in text
    [annex] = item.objectValues()
    assert annex.portal_type == "IaAttachment"
    assert annex.file.data == PDF
    assert annex.file.filename == "scan-0042.pdf"
    # the link, from both ends
    assert links.targets(source=mail, kind="ia.gave_rise_to") == [item]
    assert links.sources(target=item, kind="ia.gave_rise_to") == [mail]
    [link] = links.links(obj=item)
    assert (link.direction, link.other) == ("in", mail)
    assert handovers.done(source=mail, handover=ITEM) == [item]


def test_choices_colleges_first_and_the_manager_picks_the_council(portal, world):
    handover = offer(world["mail"], "chef")
    assert handover is not None
    with api.env.adopt_user(username="chef"):
        assert handover.choices(world["mail"]) == {
            "body": [
                (world["college"].UID(), "Collège communal"),
                (world["conseil"].UID(), "Conseil communal"),
            ]
        }
        item = handovers.hand_over(
            source=world["mail"], handover=ITEM, body=world["conseil"].UID()
        )
    assert item.aq_parent == world["conseil"]


def test_once(portal, world):
    login(portal, "agent1")
    handovers.hand_over(source=world["mail"], handover=ITEM)
    assert offer(world["mail"], "agent1") is None
    with pytest.raises(IaError):
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert len(items(portal)) == 1


@pytest.mark.parametrize("userid", ["lecteur", "autre", "encodeur"])
def test_not_offered_to_who_may_not_modify_the_mail(portal, world, userid):
    assert offer(world["mail"], userid) is None
    login(portal, userid)
    with pytest.raises(IaError):
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert len(items(portal)) == 0


def test_refusal_messages(portal, world):
    assert offer(world["mail"], "collegue") is not None  # an editor of Travaux
    login(portal, "lecteur")
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert "peut modifier ce document" in fr(info.value)
    assert len(items(portal)) == 0


def test_not_offered_on_a_closed_mail(portal, world):
    login(portal, TEST_USER_NAME)
    set_state(world["mail"], "closed")
    assert offer(world["mail"], "agent1") is None
    assert offer(world["mail"], "chef") is None
    login(portal, "agent1")
    with pytest.raises(IaError):
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert len(items(portal)) == 0


def test_final_state_refused_even_for_a_manager(portal, world, monkeypatch):
    from ia.delib.handovers import item_from_document

    monkeypatch.setattr(item_from_document, "is_final", lambda obj: True)
    assert offer(world["mail"], TEST_USER_NAME) is None
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert "état final" in fr(info.value)
    assert len(items(portal)) == 0


def test_the_old_rule_in_treatment_only_is_gone(portal, world):
    """Not final and modifiable: the agent may prepare it before treating."""
    set_state(world["mail"], "proposed_to_agent")
    assert offer(world["mail"], "agent1") is not None


def test_bad_body_refused(portal, world):
    login(portal, "agent1")
    with pytest.raises(IaError) as info:
        handovers.hand_over(
            source=world["mail"], handover=ITEM, body=world["mail"].UID()
        )
    assert world["mail"].UID() in fr(info.value)
    with pytest.raises(IaError):
        handovers.hand_over(source=world["mail"], handover=ITEM, body=3)
    assert len(items(portal)) == 0


def test_no_body_refused(portal):
    world = make_world(portal, bodies=False)
    assert offer(world["mail"], "agent1") is None
    login(portal, "agent1")
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=world["mail"], handover=ITEM)
    assert "organe" in fr(info.value)


def test_not_offered_on_delib_content(portal, world):
    login(portal, "agent1")
    item = handovers.hand_over(source=world["mail"], handover=ITEM)
    login(portal, TEST_USER_NAME)
    assert ITEM not in [h.id for h in handovers.available(source=item)]
    with pytest.raises(IaError):
        handovers.hand_over(source=item, handover=ITEM)


def test_ia_docs_knows_nothing_of_ia_delib():
    from pathlib import Path
    import ia.docs
    import re

    root = Path(ia.docs.__path__[0])
    found = [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.suffix in (".py", ".zcml", ".xml", ".pt")
        and re.search(r"IaDelib|ia\.delib|body_kind", path.read_text())
    ]
    assert found == []
