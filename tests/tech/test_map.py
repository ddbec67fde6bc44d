"""iA.Tech's layers on the core map: open requests and orders, filtered by
type of work, team and state; closed ones leave the map."""

from ia.core.map.geojson import MapError
from ia.core.map.geojson import collection
from ia.core.workflows.testing import set_state
from ia.tech import triage
import pytest


def titles(portal, http_request, **form):
    data = collection(portal, form, http_request)
    return sorted(f["properties"]["title"] for f in data["features"])


@pytest.fixture
def located(portal, new_request, world):
    pothole = new_request(title="Nid de poule", latitude=50.46, longitude=4.86)
    hedge = new_request(
        title="Haie", request_type="green", latitude=50.47, longitude=4.87
    )
    order = triage.accept(
        new_request(title="Avaloir bouché", latitude=50.45, longitude=4.85),
        team=world["voirie"],
    )
    return {"pothole": pothole, "hedge": hedge, "order": order}


def test_layers_and_filters(portal, http_request, located, world):
    assert titles(portal, http_request, layer="tech-requests") == [
        "Haie",
        "Nid de poule",
    ]
    assert titles(portal, http_request, layer="tech-requests", work_type="green") == [
        "Haie"
    ]
    assert titles(portal, http_request, layer="tech-orders", team=world["voirie"]) == [
        "Avaloir bouché"
    ]
    assert titles(portal, http_request, layer="tech-orders", team=world["verts"]) == []
    assert titles(
        portal, http_request, layer="tech-orders", review_state="to_plan"
    ) == ["Avaloir bouché"]
    feature = collection(portal, {"layer": "tech-orders"}, http_request)["features"][0]
    assert feature["properties"]["work_type"] == "Voirie"
    assert feature["properties"]["priority"] == "Normale"  # not "normal"


def test_closed_leave_the_map(portal, http_request, located):
    set_state(located["order"], "closed")
    assert titles(portal, http_request, layer="tech-orders") == []


def test_bad_filter_refused(portal, http_request, located):
    with pytest.raises(MapError):
        collection(portal, {"layer": "tech-orders", "team": "nope"}, http_request)
