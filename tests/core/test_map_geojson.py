"""ia.core.map: catalog geometry, FeatureCollection from brains, filters,
bad parameters, layers and what each user may see."""

from ia.core.map import geojson
from ia.core.map.catalog import geometry
from ia.core.map.interfaces import IGeoShape
from ia.core.map.interfaces import IMapLayer
from ia.core.map.layers import MapLayer
from ia.core.map.layers import all_layers
from ia.core.map.records import Urls
from ia.core.map.testing import TEST_LAYER
from ia.core.map.testing import located
from ia.core.map.testing import register_test_layer
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from ia.core.workflows.testing import set_state
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getGlobalSiteManager
from zope.interface import implementer
from zope.publisher.browser import TestRequest as BrowserRequest
import pytest


FR = BrowserRequest(HTTP_ACCEPT_LANGUAGE="fr")


@pytest.fixture()
def layer():
    unregister = register_test_layer()
    yield TEST_LAYER
    unregister()


@pytest.fixture()
def world(portal, layer):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    first = located(portal, "Chantier rue de Fer", reference="T/2026/1")
    second = located(portal, "Égout place d'Armes", 50.46, 4.86)
    second.ia_classification_codes = ["roads"]
    second.reindexObject()
    create_document(portal, title="Sans lieu")
    return {"first": first, "second": second}


def titles(data):
    return sorted(f["properties"]["title"] for f in data["features"])


def test_geometry_from_geolocation(world):
    assert geometry(world["first"]) == {
        "type": "Point",
        "coordinates": [4.8675, 50.4669],
    }
    brain = api.content.find(UID=world["first"].UID())[0]
    assert brain.ia_geo == geometry(world["first"])
    assert len(api.content.find(ia_located=True)) == 2


def test_feature_collection_from_brains(portal, world, monkeypatch):
    def no_wake_up(self, *args):
        raise AssertionError("an object was woken up")

    from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", no_wake_up)
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", no_wake_up)
    data = geojson.collection(portal, {}, FR)
    assert data["type"] == "FeatureCollection"
    assert titles(data) == ["Chantier rue de Fer", "Égout place d'Armes"]
    feature = next(f for f in data["features"] if f["properties"]["reference"])
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.8675, 50.4669]}
    properties = feature["properties"]
    assert properties["reference"] == "T/2026/1"
    assert properties["url"] == world["first"].absolute_url()
    assert properties["state"] == "Brouillon"
    assert properties["type"]
    assert properties["layer"] == "test-documents"
    assert properties["classification"] == []
    assert data["layers"] == [
        {
            "id": "test-documents",
            "title": "Documents",
            "properties": [["classification", "Classement"]],
        }
    ]


def test_only_what_the_user_may_view(portal, world):
    create_user("alice")
    create_user("bob")
    grant_local(world["first"], "alice", "IaEncoder")
    grant_local(world["second"], "bob", "IaEncoder")
    with api.env.adopt_user(username="alice"):
        assert titles(geojson.collection(portal, {}, FR)) == ["Chantier rue de Fer"]
    with api.env.adopt_user(username="bob"):
        assert titles(geojson.collection(portal, {}, FR)) == ["Égout place d'Armes"]


@pytest.mark.parametrize(
    "form,expected",
    [
        ({"type": "IaTestDocument"}, ["Chantier rue de Fer", "Égout place d'Armes"]),
        ({"type": "IaTestCase"}, []),
        ({"review_state": "proposed"}, ["Chantier rue de Fer"]),
        (
            {"review_state": ["draft", "proposed"]},
            ["Chantier rue de Fer", "Égout place d'Armes"],
        ),
        ({"year": "2026"}, "all"),
        ({"year": "1999"}, []),
        ({"team": "roads"}, ["Égout place d'Armes"]),
        ({"layer": "test-documents", "team": "parks"}, []),
    ],
)
def test_filters(portal, world, form, expected):
    set_state(world["first"], "proposed")
    world["first"].reindexObject()
    if expected == "all":
        year = str(world["first"].created().year())
        form = {"year": year}
        expected = ["Chantier rue de Fer", "Égout place d'Armes"]
    assert titles(geojson.collection(portal, form, FR)) == expected


@pytest.mark.parametrize(
    "form,word",
    [
        ({"layer": "nope"}, "nope"),
        ({"type": "Document"}, "Document"),
        ({"review_state": "granted"}, "granted"),
        ({"year": "20x6"}, "20x6"),
        ({"year": "3000"}, "3000"),
        ({"team": "unknown"}, "unknown"),
        ({"colour": "red"}, "colour"),
        ({"type": "IaTestDocument", "year": "abc"}, "abc"),
    ],
)
def test_bad_parameters_refused_in_french(portal, world, form, word):
    with pytest.raises(geojson.MapError) as info:
        geojson.collection(portal, form, FR)
    assert info.value.status == 400
    message = info.value.translated(FR)
    assert word in message
    assert "n'est pas valable" in message or "n'a pas de filtre" in message


def test_layers_are_named_utilities(layer):
    assert TEST_LAYER in all_layers()


@pytest.mark.parametrize(
    "declared",
    [{"columns": {"reference": "ia_reference"}}, {"property_titles": {"state": "É"}}],
)
def test_a_layer_may_not_repeat_the_maps_own_columns(declared):
    # the map's table shows title, reference, type and state itself: a
    # layer's copy was a second "Référence" column (iA.Urban's)
    with pytest.raises(ValueError, match="map's own"):
        MapLayer(id="twice", title="Deux fois", portal_types=("Document",), **declared)


def test_no_layer_no_feature(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    located(portal, "Seul")
    data = geojson.collection(portal, {}, FR)
    assert data["features"] == [] and data["layers"] == []


def test_shape_adapter_wins_and_falls_back(portal, world):
    polygon = {
        "type": "Polygon",
        "coordinates": [[[4.86, 50.46], [4.87, 50.46], [4.87, 50.47], [4.86, 50.46]]],
    }
    known = {"value": polygon}

    @implementer(IGeoShape)
    class Shape:
        def __init__(self, context):
            self.context = context

        def geometry(self):
            return known["value"]

    from ia.core.testing import TEST_TYPE  # noqa: F401 - the adapted type
    from plone.dexterity.interfaces import IDexterityContent

    gsm = getGlobalSiteManager()
    gsm.registerAdapter(Shape, (IDexterityContent,), IGeoShape)
    try:
        assert geometry(world["first"]) == polygon
        world["first"].reindexObject()
        brain = api.content.find(UID=world["first"].UID())[0]
        assert brain.ia_geo == polygon
        known["value"] = None  # parcel geometry unknown: the point
        assert geometry(world["first"])["type"] == "Point"
        unlocated = create_document(portal, title="Parcelle seule")
        known["value"] = polygon
        assert geometry(unlocated) == polygon
    finally:
        gsm.unregisterAdapter(Shape, (IDexterityContent,), IGeoShape)


def test_under_a_folder_only(portal, world):
    folder = api.content.create(container=portal, type="Folder", title="Quartier")
    inside = located(folder, "Dans le quartier")
    assert inside.portal_type == "IaTestDocument"
    assert titles(geojson.collection(folder, {}, FR)) == ["Dans le quartier"]


# --- a layer of plain columns: read from the catalog's records -------------

COLUMNS_LAYER = MapLayer(
    id="test-columns",
    title="Colonnes",
    portal_types=("IaTestDocument",),
    columns={
        "classification": "ia_classification",
        "again": "ia_reference",
        "none": "no_such_column",
    },
)


@pytest.fixture()
def columns_layer(layer):
    gsm = getGlobalSiteManager()
    gsm.registerUtility(COLUMNS_LAYER, IMapLayer, name=COLUMNS_LAYER.id)
    yield COLUMNS_LAYER
    gsm.unregisterUtility(COLUMNS_LAYER, IMapLayer, name=COLUMNS_LAYER.id)


def _by_brains(portal, form):
    selection = geojson.parse(form, portal)
    return geojson.feature_collection(geojson.search(portal, selection), selection, FR)


def test_records_give_the_brains_features_without_a_brain(
    portal, world, columns_layer, monkeypatch
):
    assert COLUMNS_LAYER.reads_records and not TEST_LAYER.reads_records
    form = {"layer": "test-columns"}
    expected = _by_brains(portal, form)
    assert len(expected["features"]) == 2
    assert expected["features"][0]["properties"]["none"] == ""

    from Products.ZCatalog.Catalog import Catalog

    def no_brain(self, *args, **kwargs):
        raise AssertionError("a brain was made")

    monkeypatch.setattr(Catalog, "instantiate", no_brain)
    assert geojson.collection(portal, form, FR) == expected
    with pytest.raises(AssertionError):  # the test layer reads brains
        geojson.collection(portal, {"layer": "test-documents"}, FR)


def test_records_follow_what_the_user_may_view(portal, world, columns_layer):
    create_user("alice")
    grant_local(world["first"], "alice", "IaEncoder")
    with api.env.adopt_user(username="alice"):
        data = geojson.collection(portal, {"layer": "test-columns"}, FR)
        assert titles(data) == ["Chantier rue de Fer"]
        assert data == _by_brains(portal, {"layer": "test-columns"})


def test_record_urls_under_a_virtual_host(portal, world, columns_layer):
    request = portal.REQUEST
    script, other = list(request._script), dict(request.other)
    folder = api.content.create(container=portal, type="Folder", title="Quartier")
    located(folder, "Dans le quartier")
    try:
        request.other["PARENTS"] = [portal]
        request.setVirtualRoot("")  # the site at the host's root
        expected = _by_brains(portal, {"layer": "test-columns"})
        urls = {f["properties"]["url"] for f in expected["features"]}
        server = request["SERVER_URL"]
        assert f"{server}/quartier/dans-le-quartier" in urls
        assert Urls(portal).prefix == server
        assert geojson.collection(portal, {"layer": "test-columns"}, FR) == expected
        request.other["PARENTS"] = [folder]
        request.setVirtualRoot("")  # a root below the site: brains' URLs
        assert Urls(portal).prefix is None
        assert geojson.collection(portal, {"layer": "test-columns"}, FR) == (
            _by_brains(portal, {"layer": "test-columns"})
        )
    finally:
        request._script[:] = script
        request.other.clear()
        request.other.update(other)
        request._resetURLS()
