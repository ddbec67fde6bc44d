"""iA.Tech's REST endpoints over HTTP (IaService): triage, costs, planning,
report, asset history and bookings; refusals are translated JSON errors
and leave nothing written."""

from ia.core.testing import PASSWORD
from ia.core.workflows.testing import rest
from ia.tech import triage
from ia.tech.folders import assets_folder
from ia.tech.requests import file_request
from plone import api
from tests.tech.conftest import french_world
import pytest
import requests
import transaction


@pytest.fixture
def site(functional_portal):
    world = french_world(functional_portal)
    request = file_request(system=True, title="Nid de poule", request_type="roads")
    transaction.commit()
    return functional_portal, world, request


def test_triage_accept_over_rest(site):
    portal, world, request = site
    url = request.absolute_url() + "/@tech-triage"
    assert rest("GET", url, "dispatch").json()["duplicates"] == []
    response = rest(
        "POST", url, "dispatch", json={"action": "accept", "team": world["voirie"]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "accepted"
    transaction.begin()
    assert api.content.get_state(request) == "accepted"


def test_triage_refusals(site):
    portal, world, request = site
    url = request.absolute_url() + "/@tech-triage"
    response = requests.post(
        url,
        json={"action": "refuse"},
        auth=("dispatch", PASSWORD),
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        timeout=30,
    )
    assert response.status_code == 400
    assert "raison" in response.json()["error"]["message"]
    response = rest("POST", url, "agent1", json={"action": "accept"})
    assert response.status_code in (401, 403)
    response = rest("POST", url, "dispatch", json={"action": "explode"})
    assert response.status_code == 400
    transaction.begin()
    assert api.content.get_state(request) == "submitted"


def test_costs_and_planning_over_rest(site):
    portal, world, request = site
    order = triage.accept(request, team=world["voirie"])
    transaction.commit()
    response = rest(
        "PATCH",
        order.absolute_url() + "/@tech-planning",
        "chef",
        json={
            "team": world["voirie"],
            "day": "2026-12-07",
            "hours": 4,
            "agent": "agent1",
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "planned"
    response = rest(
        "POST",
        order.absolute_url() + "/@tech-costs",
        "agent1",
        json={"kind": "hours", "agent": "agent1", "day": "2026-12-07", "hours": 2},
    )
    assert response.status_code == 201, response.text
    response = rest(
        "POST",
        order.absolute_url() + "/@tech-costs",
        "agent1",
        json={"kind": "material", "material": "gravel", "quantity": 0.5},
    )
    assert response.json()["total_cost"] == 86.0  # 2 x 35 + 0.5 x 32
    bad = rest(
        "POST",
        order.absolute_url() + "/@tech-costs",
        "agent1",
        json={"kind": "material", "material": "gravel", "quantity": "beaucoup"},
    )
    assert bad.status_code == 400
    costs = rest("GET", order.absolute_url() + "/@tech-costs", "chef").json()
    assert costs["hours_by_agent"] == {"agent1": 2.0}
    week = rest(
        "GET",
        portal.absolute_url() + "/@tech-planning",
        "chef",
        params={"team": world["voirie"], "week": "2026-12-09"},
    ).json()
    assert week["monday"] == "2026-12-07"
    assert week["days"][0]["orders"][0]["title"] == "Nid de poule"
    report = rest(
        "GET",
        portal.absolute_url() + "/@tech-report",
        "chef",
        params={"month": "2026-12"},
    ).json()
    assert report["teams"][0]["hours"] == 2.0
    assert rest("GET", portal.absolute_url() + "/@tech-report").status_code == 401


def test_booking_over_rest(site):
    portal, world, request = site
    room = api.content.create(
        container=assets_folder(),
        type="IaTechAsset",
        title="Salle du conseil",
        asset_kind="room",
        lendable=True,
    )
    transaction.commit()
    url = room.absolute_url() + "/@tech-asset"
    body = {"start": "2026-12-19T18:00", "end": "2026-12-19T23:00", "borrower": "Patro"}
    assert rest("POST", url, "culture", json=body).status_code == 201
    again = rest("POST", url, "culture", json=body)
    assert again.status_code == 409
    assert again.json()["error"]["message"]
    history = rest("GET", url, "culture").json()
    assert [b["status"] for b in history["bookings"]] == ["requested"]
    assert history["orders"] == []
