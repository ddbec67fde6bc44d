"""The parcels' outlines of a file, as GeoJSON (issue 13, the map).

The field ``parcel_shapes`` of a licence file holds the outline of its
cadastral parcels as GeoJSON text (RFC 7946, WGS 84, ``[longitude,
latitude]``), as the cadastre's viewers and QGIS export it: a ``Polygon``
or ``MultiPolygon`` geometry, or a ``Feature`` / ``FeatureCollection`` of
them. :func:`parse` checks it and gives one geometry (a ``Polygon``, or a
``MultiPolygon`` when there are several); anything else is refused with a
French message (the edit form and REST answer 400). The map shows that
geometry instead of the file's point (:class:`ia.urban.map.LicenceShape`).
"""

from ia.urban import _
from numbers import Real
from zope.schema.interfaces import ValidationError
import json


MAX_POSITIONS = 5000  # a few parcels, not a whole cadastral plan
POLYGONS = ("Polygon", "MultiPolygon")


class InvalidShape(ValidationError):
    """A value that is not a parcel outline (the message says why)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def _refuse(msgid, default, **mapping):
    raise InvalidShape(_(msgid, default=default, mapping=mapping or None))


def _position(value):
    if (
        not isinstance(value, list)
        or len(value) not in (2, 3)
        or not all(
            isinstance(number, Real) and not isinstance(number, bool)
            for number in value
        )
    ):
        _refuse(
            "msg_urban_shape_position",
            "A point of the outline is not [longitude, latitude].",
        )
    longitude, latitude = value[0], value[1]
    if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
        _refuse(
            "msg_urban_shape_range",
            "The point [${longitude}, ${latitude}] is not a longitude and a "
            "latitude in degrees (WGS 84).",
            longitude=str(longitude)[:12],
            latitude=str(latitude)[:12],
        )
    return [float(longitude), float(latitude)]


def _ring(value):
    if not isinstance(value, list) or len(value) < 4:
        _refuse(
            "msg_urban_shape_ring",
            "An outline needs at least four points, the last one equal to the first.",
        )
    ring = [_position(point) for point in value]
    if ring[0] != ring[-1]:
        _refuse(
            "msg_urban_shape_closed",
            "An outline must end on its first point (a closed ring).",
        )
    return ring


def _polygon(value):
    if not isinstance(value, list) or not value:
        _refuse("msg_urban_shape_polygon", "A polygon is a list of outlines.")
    return [_ring(ring) for ring in value]


def _polygons(geometry) -> list:
    """The polygons (lists of rings) of a GeoJSON object."""
    if not isinstance(geometry, dict):
        _refuse("msg_urban_shape_object", "The outline is not a GeoJSON object.")
    kind = geometry.get("type")
    if kind == "FeatureCollection":
        features = geometry.get("features")
        if not isinstance(features, list) or not features:
            _refuse("msg_urban_shape_empty", "The collection holds no parcel.")
        return [polygon for feature in features for polygon in _polygons(feature)]
    if kind == "Feature":
        return _polygons(geometry.get("geometry"))
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        return [_polygon(coordinates)]
    if kind == "MultiPolygon":
        if not isinstance(coordinates, list) or not coordinates:
            _refuse("msg_urban_shape_polygon", "A polygon is a list of outlines.")
        return [_polygon(polygon) for polygon in coordinates]
    _refuse(
        "msg_urban_shape_type",
        "A parcel outline is a GeoJSON Polygon or MultiPolygon, not '${type}'.",
        type=str(kind)[:30],
    )


def parse(text):
    """The geometry of a GeoJSON text; None for an empty one; InvalidShape."""
    if text is None or not str(text).strip():
        return None
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        _refuse("msg_urban_shape_json", "The parcel outline is not GeoJSON text.")
    polygons = _polygons(data)
    if sum(len(ring) for polygon in polygons for ring in polygon) > MAX_POSITIONS:
        _refuse(
            "msg_urban_shape_size",
            "The outline has more than ${max} points.",
            max=MAX_POSITIONS,
        )
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def is_shape(value) -> bool:
    """Field constraint: empty, or a valid parcel outline."""
    parse(value)
    return True


def shape_of(obj):
    """The stored outline's geometry, or None (unset or, defensively, bad)."""
    try:
        return parse(getattr(obj, "parcel_shapes", None))
    except InvalidShape:
        return None
