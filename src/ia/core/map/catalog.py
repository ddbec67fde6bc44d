"""A document's geometry and its catalog entries.

``ia_geo`` (metadata column): the GeoJSON geometry of the document, from its
product's :class:`IGeoShape` adapter when it has one and knows the shape,
else the ``ia.geolocation`` point, else None. ``ia_located`` (BooleanIndex):
whether ``ia_geo`` is set, so that a map query skips the rest.
"""

from ia.core.behaviors.geolocation import point
from ia.core.map.interfaces import IGeoShape
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


GEOMETRY_TYPES = frozenset(
    {
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    }
)


def geometry(obj):
    """The GeoJSON geometry of ``obj`` or None."""
    shape = IGeoShape(obj, None)
    if shape is not None:
        found = shape.geometry()
        if isinstance(found, dict) and found.get("type") in GEOMETRY_TYPES:
            return found
    location = point(obj)
    if location is None:
        return None
    latitude, longitude = location
    return {"type": "Point", "coordinates": [longitude, latitude]}


@indexer(IDexterityContent)
def ia_geo(obj):
    return geometry(obj)


@indexer(IDexterityContent)
def ia_located(obj):
    return geometry(obj) is not None
