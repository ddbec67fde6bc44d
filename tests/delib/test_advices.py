"""Advices: asked on propose, added later, withdrawn, given, asked again;
the deadline in calendar days; the refusals; who sees the item."""

from datetime import date
from datetime import timedelta
from ia.core.workflows.testing import set_state
from ia.delib.advices.asking import advices_of
from ia.delib.advices.asking import sync_advices
from ia.delib.errors import DelibError
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.delib.advices_world import can
from tests.delib.advices_world import clear_roles_cache
from tests.delib.advices_world import do
from tests.delib.advices_world import make_world
from tests.delib.advices_world import new_item
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


@pytest.fixture
def world(portal, body):
    return make_world(portal, body)


def propose(item):
    do(item, "propose")
    return {advice.advice_type: advice for advice in advices_of(item)}


def request(item, *types):
    item.advices_requested = list(types)
    notify(ObjectModifiedEvent(item))
    return {advice.advice_type: advice for advice in advices_of(item)}


def test_no_advice_before_propose(world):
    item = new_item(world)
    notify(ObjectModifiedEvent(item))
    assert advices_of(item) == []


def test_asked_on_propose(world):
    item = new_item(world, requested=("finance", "legal"))
    advices = propose(item)
    assert set(advices) == {"finance", "legal"}
    finance = advices["finance"]
    assert api.content.get_state(finance) == "under_edit"
    assert finance.getId() == "avis-finance"
    assert finance.Title() == "Avis du directeur financier"
    assert finance.responsible_services == [world.finances]
    assert finance.asked_on == date.today()
    assert finance.due_date == date.today() + timedelta(days=10)
    assert advices["legal"].due_date == date.today() + timedelta(days=15)
    assert advices["legal"].responsible_services == [world.secretariat]
    # Nobody is Owner of an advice created on the proposer's behalf.
    assert not [p for p, roles in finance.get_local_roles() if "Owner" in roles]


def test_deadline_counts_calendar_days(world):
    """20 December + 10 calendar days = 30 December, across Christmas and a
    weekend (working days would give 5 January)."""
    item = new_item(world)
    set_state(item, "proposed")
    sync_advices(item, today=date(2026, 12, 20))
    (advice,) = advices_of(item)
    assert advice.asked_on == date(2026, 12, 20)
    assert advice.due_date == date(2026, 12, 30)


def test_adviser_reads_item_not_notes(world):
    item = new_item(world)
    assert not can("dirfin", "View", item)
    advices = propose(item)
    for userid in ("dirfin", "lecteurfin"):
        assert can(userid, "View", item)
        assert not can(userid, "ia.core: View internal notes", item)
        assert not can(userid, "Modify portal content", item)
    assert can("dirfin", "Modify portal content", advices["finance"])
    assert not can("lecteurfin", "Modify portal content", advices["finance"])
    # Not asked: the legal service and another service see nothing.
    for userid in ("juriste", "autre"):
        assert not can(userid, "View", item)
        assert not can(userid, "View", advices["finance"])
    # The proposing service and the meeting managers read the advice.
    for userid in ("redacteur", "cheftravaux", "encodeur", "secretaire"):
        assert can(userid, "View", advices["finance"])
        assert not can(userid, "Modify portal content", advices["finance"])


def test_added_later_and_withdrawn(world):
    item = new_item(world)
    propose(item)
    api.content.transition(obj=item, transition="validate")
    advices = request(item, "finance", "legal")
    assert set(advices) == {"finance", "legal"}
    assert can("juriste", "View", item)
    advices = request(item, "finance")
    assert set(advices) == {"finance"}
    assert not can("juriste", "View", item)


def test_given_advice_stays_when_withdrawn(world):
    item = new_item(world)
    advices = propose(item)
    give(advices["finance"], "positive")
    assert set(request(item)) == {"finance"}


def give(advice, value=None, userid="dirfin"):
    advice.advice_value = value
    do(advice, "give", userid)


def test_give(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    give(advice, "positive_remarks")
    assert api.content.get_state(advice) == "given"
    assert advice.given_by == "dirfin"
    assert advice.given_on is not None
    assert not can("dirfin", "Modify portal content", advice)


def test_give_without_value_refused(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    with pytest.raises(DelibError) as info:
        give(advice, None)
    assert "before giving it" in str(info.value)
    assert api.content.get_state(advice) == "under_edit"
    assert advice.given_on is None


def test_give_on_decided_item_refused(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    set_state(item, "accepted")
    with pytest.raises(DelibError) as info:
        give(advice, "negative")
    assert "decided" in str(info.value)
    assert api.content.get_state(advice) == "under_edit"


def test_back_to_edit_until_frozen(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    give(advice, "positive")
    do(advice, "back_to_edit", "dirfin")
    assert api.content.get_state(advice) == "under_edit"
    give(advice, "positive")
    set_state(item, "frozen")
    with pytest.raises(DelibError) as info:
        do(advice, "back_to_edit", "dirfin")
    assert "frozen" in str(info.value)
    assert api.content.get_state(advice) == "given"


@pytest.mark.parametrize("decided", ["delayed", "accepted"])
def test_no_back_to_edit_once_decided(world, decided):
    """Every decided state (``ia_decided`` in the item workflow's XML)."""
    item = new_item(world)
    advice = propose(item)["finance"]
    give(advice, "positive")
    set_state(item, decided)
    with pytest.raises(DelibError):
        do(advice, "back_to_edit", "dirfin")
    assert api.content.get_state(advice) == "given"


def test_ask_again_after_a_change(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    advice.asked_on = date(2026, 1, 5)
    advice.due_date = date(2026, 1, 15)
    give(advice, "negative")
    with pytest.raises(DelibError) as info:
        do(advice, "ask_again", "redacteur")
    assert "has not changed" in str(info.value)
    assert api.content.get_state(advice) == "given"

    item.motivation = RichTextValue("<p>Nouveau devis.</p>", "text/html", "text/html")
    do(advice, "ask_again", "redacteur")
    assert api.content.get_state(advice) == "under_edit"
    assert advice.asked_on == date.today()
    assert advice.due_date == date.today() + timedelta(days=10)
    assert advice.given_on is None


def test_ask_again_not_for_readers(world):
    item = new_item(world)
    advice = propose(item)["finance"]
    give(advice, "negative")
    item.title = "Achat de mobilier (modifié)"
    for userid in ("encodeur", "autre", "lecteurfin"):
        clear_roles_cache()
        with api.env.adopt_user(username=userid):
            available = {
                t["id"]
                for t in api.portal.get_tool("portal_workflow").getTransitionsFor(
                    advice
                )
            }
        assert "ask_again" not in available, userid
    for userid in ("cheftravaux", "secretaire"):
        clear_roles_cache()
        with api.env.adopt_user(username=userid):
            available = {
                t["id"]
                for t in api.portal.get_tool("portal_workflow").getTransitionsFor(
                    advice
                )
            }
        assert "ask_again" in available, userid


def test_propose_refused_for_unknown_type(world):
    item = new_item(world, requested=("ghost",))
    with pytest.raises(DelibError) as info:
        do(item, "propose")
    assert api.content.get_state(item) == "created"
    assert "ghost" in str(info.value)


def test_propose_refused_for_unknown_service(world):
    api.portal.set_registry_record(
        "ia.delib.advice_types", ["urb|Avis urbanisme|20|urbanisme"]
    )
    item = new_item(world, requested=("urb",))
    with pytest.raises(DelibError) as info:
        do(item, "propose")
    assert api.content.get_state(item) == "created"
    assert "urbanisme" in str(info.value)


def test_edit_form_leaves_out_service_and_due_date(world):
    from ia.delib.interfaces import IIaDelibLayer
    from zope.interface import alsoProvides

    advice = propose(new_item(world))["finance"]
    request = world.portal.REQUEST
    alsoProvides(request, IIaDelibLayer)
    clear_roles_cache()
    with api.env.adopt_user(username="dirfin"):
        html = advice.restrictedTraverse("@@edit")()
    assert "form.widgets.advice_value" in html
    assert "form.widgets.IResponsible.assigned_agent" in html
    assert "form.widgets.IResponsible.responsible_services" not in html
    assert "form.widgets.IDeadline.due_date" not in html
