"""Parcel outlines: the GeoJSON accepted and refused (French messages), the
file's map feature as the polygon, the demo's outlines."""

from ia.core.map.geojson import collection
from ia.urban.content import ILicence
from ia.urban.demo.plan import outline
from ia.urban.shapes import InvalidShape
from ia.urban.shapes import parse
from plone import api
from plone.app.testing import login
from zope.i18n import translate
import json
import pytest
import random


SQUARE = [[4.86, 50.46], [4.861, 50.46], [4.861, 50.461], [4.86, 50.461], [4.86, 50.46]]
OTHER = [[[x + 0.01, y] for x, y in SQUARE]]
POLYGON = {"type": "Polygon", "coordinates": [SQUARE]}


def text(value):
    return json.dumps(value)


def test_polygon_multipolygon_feature_collection():
    assert parse(text(POLYGON)) == POLYGON
    multi = {"type": "MultiPolygon", "coordinates": [[SQUARE], OTHER]}
    assert parse(text(multi)) == multi
    feature = {"type": "Feature", "properties": {}, "geometry": POLYGON}
    assert parse(text(feature)) == POLYGON
    features = {
        "type": "FeatureCollection",
        "features": [
            feature,
            {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": OTHER}},
        ],
    }
    assert parse(text(features)) == multi
    assert parse("") is None and parse(None) is None


def french(value):
    with pytest.raises(InvalidShape) as raised:
        parse(value)
    return translate(raised.value.message, target_language="fr")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("not json", "n'est pas du texte GeoJSON"),
        (text({"type": "Point", "coordinates": [4.8, 50.4]}), "pas « Point »"),
        (text({"type": "Polygon", "coordinates": [SQUARE[:-1]]}), "se refermer"),
        (text({"type": "Polygon", "coordinates": [SQUARE[:3]]}), "au moins quatre"),
        (
            text({"type": "Polygon", "coordinates": [[[450000, 120000]] + SQUARE]}),
            "n'est pas une longitude",
        ),
        (text({"type": "Polygon", "coordinates": [[["a", 1]] * 4]}), "[longitude"),
        (text({"type": "FeatureCollection", "features": []}), "aucune parcelle"),
        (text([1, 2]), "n'est pas un objet GeoJSON"),
        (
            text({"type": "Polygon", "coordinates": [SQUARE[:-1] * 1300 + SQUARE[:1]]}),
            "plus de 5000 points",
        ),
    ],
)
def test_bad_outlines_are_refused_in_french(value, expected):
    assert expected in french(value)


def test_the_field_refuses_bad_input():
    field = ILicence["parcel_shapes"]
    field.validate(text(POLYGON))
    with pytest.raises(InvalidShape):
        field.validate('{"type": "LineString", "coordinates": []}')


def test_the_map_shows_the_parcels_polygon(portal, licence):
    located = licence(latitude=50.46, longitude=4.86, title="Point")
    shaped = licence(
        latitude=50.46, longitude=4.86, title="Parcelle", parcel_shapes=text(POLYGON)
    )
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog(UID=shaped.UID())
    assert brain.ia_geo == POLYGON
    login(portal, "urbagent")
    data = collection(portal, {"layer": "urban-licences"}, portal.REQUEST)
    geometries = {f["properties"]["title"]: f["geometry"] for f in data["features"]}
    assert geometries["Parcelle"] == POLYGON
    assert geometries["Point"] == {"type": "Point", "coordinates": [4.86, 50.46]}
    # the outline removed: the point again
    shaped.parcel_shapes = None
    shaped.reindexObject()
    (brain,) = catalog(UID=shaped.UID())
    assert brain.ia_geo["type"] == "Point"
    assert located.UID() != shaped.UID()


def test_demo_outline_is_a_small_valid_parcel_around_the_point():
    shape = parse(outline(random.Random(3), 50.46, 4.87))
    (ring,) = shape["coordinates"]
    longitudes = [x for x, _y in ring]
    latitudes = [y for _x, y in ring]
    assert min(longitudes) < 4.87 < max(longitudes)
    assert min(latitudes) < 50.46 < max(latitudes)
    assert max(latitudes) - min(latitudes) < 0.001  # under ~110 m
