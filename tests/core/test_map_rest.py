"""@ia-geojson (REST) and @@ia-map (HTML): who sees what, 400s in French,
the page's table and its configured tiles; the map's settings and link."""

from ia.core.map.testing import located
from ia.core.map.testing import register_test_layer
from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import transaction


FRENCH = {"Accept-Language": "fr"}
TILES = "https://tuiles.example.invalid/{z}/{x}/{y}.png"


@pytest.fixture()
def world(functional_portal):
    unregister = register_test_layer()
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    first = located(portal, "Chantier rue de Fer", reference="T/2026/1")
    second = located(portal, "Égout place d'Armes", 50.46, 4.86)
    create_user("alice")
    create_user("bob")
    grant_local(first, "alice", "IaEncoder")
    grant_local(second, "bob", "IaEncoder")
    api.portal.set_registry_record("ia.core.map.tile_url", TILES)
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    yield portal
    unregister()


def session_of(request_factory, user, api=True):
    session = request_factory(basic_auth=(user, PASSWORD), api=api)
    session.headers.update(FRENCH)
    return session


def titles(data):
    return sorted(f["properties"]["title"] for f in data["features"])


def test_geojson_per_user(world, request_factory):
    for user, expected in (
        ("alice", ["Chantier rue de Fer"]),
        ("bob", ["Égout place d'Armes"]),
    ):
        response = session_of(request_factory, user).get("/@ia-geojson")
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("application/geo+json")
        data = response.json()
        assert data["type"] == "FeatureCollection"
        assert titles(data) == expected
        assert data["features"][0]["properties"]["state"] == "Brouillon"


def test_geojson_anonymous_sees_nothing(world, request_factory):
    response = request_factory().get("/@ia-geojson")
    assert response.status_code == 200
    assert response.json()["features"] == []


def test_geojson_bad_filter_is_a_french_400(world, request_factory):
    session = session_of(request_factory, "alice")
    response = session.get("/@ia-geojson", params={"review_state": "nope"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["message"] == (
        "La valeur « nope » du filtre « review_state » n'est pas valable."
    )


def test_geojson_filter(world, request_factory):
    response = request_factory(role="Manager").get(
        "/@ia-geojson", params={"type": "IaTestDocument", "year": "1999"}
    )
    assert response.status_code == 200
    assert response.json()["features"] == []


def test_map_page(world, request_factory):
    response = session_of(request_factory, "alice", api=False).get("/@@ia-map")
    assert response.status_code == 200, response.text
    html = response.text
    assert TILES in html.replace("&#123;", "{").replace("&#125;", "}")
    assert "++plone++ia.core.map/leaflet/leaflet.js" in html
    assert 'id="ia-map-table"' in html
    assert "Chantier rue de Fer" in html  # in the table: no JavaScript needed
    assert "Égout place d&#x27;Armes" not in html and "Égout" not in html
    assert "1 documents localisés" in html
    assert "Brouillon" in html


def test_map_page_bad_filter(world, request_factory):
    session = session_of(request_factory, "alice", api=False)
    response = session.get("/@@ia-map", params={"year": "abc"})
    assert response.status_code == 400
    text = response.text.replace("&#x27;", "'").replace("&#39;", "'")
    assert "La valeur « abc » du filtre « year » n'est pas valable" in text


def test_leaflet_is_served(world, request_factory):
    session = request_factory(api=False)
    response = session.get("/++plone++ia.core.map/leaflet/leaflet.js")
    assert response.status_code == 200
    assert "Leaflet 1.9.4" in response.text[:300]
    assert session.get("/++plone++ia.core.map/leaflet/LICENSE").status_code == 200


def test_map_link_and_control_panel(world):
    actions = api.portal.get_tool("portal_actions")
    assert actions.user["ia-map"].url_expr == "string:${portal_url}/@@ia-map"
    panel = api.portal.get_tool("portal_controlpanel")
    assert "ia-map" in [action.getId() for action in panel.listActions()]
    view = api.content.get_view("ia-map-settings", world, world.REQUEST)
    assert view is not None
