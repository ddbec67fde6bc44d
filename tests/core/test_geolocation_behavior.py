"""ia.geolocation: ranges, both-or-none, GeoJSON, REST."""

from ia.core.behaviors.attachments_testing import prepare
from ia.core.behaviors.geolocation import IGeolocation
from ia.core.behaviors.geolocation import IncompletePoint
from ia.core.behaviors.geolocation import as_geojson
from ia.core.behaviors.geolocation import point
from ia.core.testing import create_document
from zope.interface import Invalid
from zope.schema import ValidationError
import pytest
import transaction


class Data:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


@pytest.fixture()
def document(portal):
    prepare(portal)
    return create_document(portal, title="Chantier rue de Fer")


def test_behavior_on_test_types(document):
    assert IGeolocation.providedBy(document)


@pytest.mark.parametrize(
    "name,value",
    [
        ("latitude", 90.5),
        ("latitude", -91.0),
        ("longitude", 180.1),
        ("longitude", -200.0),
    ],
)
def test_out_of_range(name, value):
    with pytest.raises(ValidationError):
        IGeolocation[name].validate(value)


@pytest.mark.parametrize(
    "name,value", [("latitude", 50.4669), ("longitude", 4.8675), ("latitude", -90.0)]
)
def test_in_range(name, value):
    IGeolocation[name].validate(value)


def test_both_or_none():
    IGeolocation.validateInvariants(Data(latitude=None, longitude=None))
    IGeolocation.validateInvariants(Data(latitude=50.46, longitude=4.86))
    with pytest.raises(Invalid) as info:
        IGeolocation.validateInvariants(Data(latitude=50.46, longitude=None))
    assert any(
        isinstance(error, IncompletePoint)
        for error in [info.value, *getattr(info.value, "args", [[]])[0]]
    )


def test_geojson(document):
    assert as_geojson(document) is None
    document.latitude = 50.4669
    document.longitude = 4.8675
    document.address = "Rue de Fer 1, 5000 Namur"
    feature = as_geojson(document)
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.8675, 50.4669]}
    assert feature["properties"]["address"] == "Rue de Fer 1, 5000 Namur"
    assert feature["properties"]["title"] == "Chantier rue de Fer"
    assert point(document) == (50.4669, 4.8675)


def test_geojson_needs_both(document):
    document.latitude = 50.4669
    assert as_geojson(document) is None


class TestRest:
    @pytest.fixture()
    def session(self, functional_portal, request_factory):
        prepare(functional_portal)
        create_document(functional_portal, title="Travaux")
        transaction.commit()
        return request_factory(role="Manager")

    def test_patch_valid_point(self, session):
        response = session.patch(
            "/travaux", json={"latitude": 50.4669, "longitude": 4.8675}
        )
        assert response.status_code == 204, response.text
        data = session.get("/travaux").json()
        assert (data["latitude"], data["longitude"]) == (50.4669, 4.8675)

    def test_patch_half_point_refused(self, session):
        response = session.patch("/travaux", json={"latitude": 50.4669})
        assert response.status_code == 400
        assert "longitude" in response.text

    def test_patch_out_of_range_refused(self, session):
        response = session.patch("/travaux", json={"latitude": 95.0, "longitude": 4.0})
        assert response.status_code == 400
