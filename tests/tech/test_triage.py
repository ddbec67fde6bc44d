"""Triage of work requests: accept (an order, linked), refuse (a reason the
requester reads), duplicate (suggested within a distance); refusals."""

from ia.core.links import api as links
from ia.tech import triage
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from ia.tech.notes import public_notes
from plone import api
from plone.app.testing import login
import pytest


NAMUR = (50.4669, 4.8675)


def test_filed_for_the_technical_service(new_request, world):
    request = new_request()
    assert list(request.responsible_services) == [world["travaux"]]
    assert api.content.get_state(request) == "submitted"


def test_member_files_a_request(portal, world):
    from ia.tech.requests import file_request

    login(portal, "culture")
    request = file_request(
        title="Chaises pour la fête",
        request_type="events",
        requesting_service=world["culture"],
    )
    assert request.Creator() == "culture"
    assert api.content.get_state(request) == "submitted"


def test_accept_creates_a_linked_order(portal, new_request, world):
    request = new_request(latitude=NAMUR[0], longitude=NAMUR[1], priority="high")
    login(portal, "dispatch")
    order = triage.accept(request, team=world["voirie"])
    assert api.content.get_state(request) == "accepted"
    assert api.content.get_state(order) == "to_plan"
    assert order.portal_type == "IaTechOrder"
    assert order.reference.startswith("OT/")
    assert order.priority == "high"
    assert order.team == world["voirie"]
    assert (order.latitude, order.longitude) == NAMUR
    assert world["voirie"] in order.responsible_services
    assert links.targets(source=request, kind="ia.gave_rise_to") == [order]
    assert triage.request_of(order) == request
    assert public_notes(request)


def test_refuse_needs_a_reason_and_records_it(portal, new_request):
    request = new_request()
    login(portal, "chef")
    with pytest.raises(TechError):
        triage.refuse(request, reason="  ")
    assert api.content.get_state(request) == "submitted"
    triage.refuse(request, reason="Voirie régionale: contactez le SPW.")
    assert api.content.get_state(request) == "refused"
    assert request.refusal_reason == "Voirie régionale: contactez le SPW."
    assert public_notes(request)[-1]["text"] == "Voirie régionale: contactez le SPW."


def test_only_the_technical_service_triages(portal, new_request):
    request = new_request()
    login(portal, "agent1")  # a team agent, no role on the request
    with pytest.raises(TechForbidden):
        triage.accept(request)
    assert api.content.get_state(request) == "submitted"


def test_triage_once(portal, new_request):
    request = new_request()
    login(portal, "chef")
    triage.accept(request)
    with pytest.raises(TechConflict):
        triage.refuse(request, reason="Trop tard")


def test_duplicates_suggested_within_distance(portal, new_request):
    first = new_request(latitude=50.4669, longitude=4.8675)
    near = new_request(latitude=50.46705, longitude=4.8676)  # ~20 m
    far = new_request(latitude=50.4769, longitude=4.8675)  # ~1.1 km
    other_type = new_request(request_type="green", latitude=50.4669, longitude=4.8675)
    found = [b.UID for b in triage.suggest_duplicates(near)]
    assert found == [first.UID()]
    assert far.UID() not in found and other_type.UID() not in found
    assert len(triage.suggest_duplicates(far, distance=2000)) == 2


def test_mark_duplicate_links_the_original(portal, new_request):
    original = new_request(latitude=50.4669, longitude=4.8675)
    copy = new_request(latitude=50.4669, longitude=4.8675)
    login(portal, "dispatch")
    triage.mark_duplicate(copy, original=original)
    assert api.content.get_state(copy) == "duplicate"
    assert links.targets(source=copy, kind="ia.tech.duplicate_of") == [original]
    # a closed request is no original
    third = new_request()
    triage.refuse(original, reason="Fait par la Région")
    with pytest.raises(TechConflict):
        triage.mark_duplicate(third, original=original)


def test_owner_keeps_seeing_the_refused_request(portal, world):
    from ia.tech.requests import file_request

    login(portal, "culture")
    request = file_request(title="Lampadaire", request_type="roads")
    login(portal, "chef")
    triage.refuse(request, reason="Ores s'en charge")
    login(portal, "culture")
    assert api.user.has_permission("View", obj=request)
    assert not api.user.has_permission("Modify portal content", obj=request)


def test_state_menu_accept_makes_the_order(portal, new_request):
    request = new_request()
    login(portal, "chef")
    api.content.transition(obj=request, transition="accept")
    order = triage.order_of(request)
    assert order is not None
    assert api.content.get_state(order) == "to_plan"
    assert public_notes(request)


def test_state_menu_refuse_keeps_the_comment(portal, new_request):
    request = new_request()
    login(portal, "chef")
    api.content.transition(
        obj=request, transition="refuse", comment="Hors voirie communale"
    )
    assert request.refusal_reason == "Hors voirie communale"
    assert public_notes(request)[-1]["text"] == "Hors voirie communale"
