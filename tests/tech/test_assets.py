"""Assets: history of orders and costs; bookings of lendable rooms with the
conflict check."""

from datetime import date
from datetime import datetime
from ia.tech import assets
from ia.tech import costs
from ia.tech import triage
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.folders import assets_folder
from plone import api
from plone.app.testing import login
import pytest


@pytest.fixture
def room(portal, world):
    return api.content.create(
        container=assets_folder(),
        type="IaTechAsset",
        title="Salle des fêtes",
        asset_kind="room",
        lendable=True,
    )


def test_history_of_orders_and_costs(portal, room, new_request, world):
    login(portal, "chef")
    order = triage.accept(new_request(title="Chauffage"), team=world["voirie"])
    order.asset = room.UID()
    order.reindexObject()
    costs.add_hours(order, agent="agent1", day=date(2026, 12, 7), hours=2)
    history = assets.history(room)
    assert [b.UID for b in history["orders"]] == [order.UID()]
    assert history["hours"] == 2.0
    assert history["cost"] == 70.0


def test_booking_and_conflict(portal, room):
    login(portal, "culture")
    first = assets.request_booking(
        room,
        start=datetime(2026, 12, 19, 18),
        end=datetime(2026, 12, 19, 23),
        borrower="Comité des fêtes",
    )
    assert first.booking_status == "requested"
    with pytest.raises(TechConflict):
        assets.request_booking(
            room,
            start=datetime(2026, 12, 19, 22),
            end=datetime(2026, 12, 20, 2),
            borrower="Club de foot",
        )
    # back to back is fine
    assets.request_booking(
        room,
        start=datetime(2026, 12, 19, 23),
        end=datetime(2026, 12, 20, 2),
        borrower="Club de foot",
    )


def test_refused_booking_frees_the_slot(portal, room):
    booking = assets.request_booking(
        room,
        start=datetime(2026, 12, 5, 10),
        end=datetime(2026, 12, 5, 12),
        borrower="A",
    )
    assets.decide_booking(booking, approve=False)
    assert booking.booking_status == "refused"
    other = assets.request_booking(
        room,
        start=datetime(2026, 12, 5, 10),
        end=datetime(2026, 12, 5, 12),
        borrower="B",
    )
    assets.decide_booking(other, approve=True)
    assert other.booking_status == "approved"


def test_bad_bookings_refused(portal, room, world):
    with pytest.raises(TechError):
        assets.request_booking(
            room,
            start=datetime(2026, 12, 5, 12),
            end=datetime(2026, 12, 5, 10),
            borrower="A",
        )
    truck = api.content.create(
        container=assets_folder(),
        type="IaTechAsset",
        title="Camion",
        asset_kind="vehicle",
    )
    with pytest.raises(TechError):
        assets.request_booking(
            truck,
            start=datetime(2026, 12, 5, 10),
            end=datetime(2026, 12, 5, 12),
            borrower="A",
        )
    assert room.objectIds() == []


def test_only_managers_decide(portal, room):
    booking = assets.request_booking(
        room,
        start=datetime(2026, 12, 5, 10),
        end=datetime(2026, 12, 5, 12),
        borrower="A",
    )
    login(portal, "culture")
    with pytest.raises(TechError):
        assets.decide_booking(booking, approve=True)
    assert booking.booking_status == "requested"
