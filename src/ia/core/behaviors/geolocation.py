"""``ia.geolocation``: a point (WGS 84 latitude and longitude) and an address.

Both coordinates or none; ``as_geojson(obj)`` gives a GeoJSON Feature for
maps and exports.
"""

from ia.core import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider


class IncompletePoint(Invalid):
    """Only one of latitude and longitude was given."""


@provider(IFormFieldProvider)
class IGeolocation(model.Schema):
    """Location of a document."""

    model.fieldset(
        "geolocation",
        label=_("Location"),
        fields=["address", "latitude", "longitude"],
    )

    address = schema.TextLine(
        title=_("Address"),
        description=_("Street, number, postal code and locality."),
        required=False,
    )

    latitude = schema.Float(
        title=_("Latitude"),
        description=_("WGS 84 decimal degrees, between -90 and 90 (Namur: 50.4669)."),
        required=False,
        min=-90.0,
        max=90.0,
    )

    longitude = schema.Float(
        title=_("Longitude"),
        description=_("WGS 84 decimal degrees, between -180 and 180 (Namur: 4.8675)."),
        required=False,
        min=-180.0,
        max=180.0,
    )

    @invariant
    def both_or_none(data):
        latitude = getattr(data, "latitude", None)
        longitude = getattr(data, "longitude", None)
        if (latitude is None) != (longitude is None):
            raise IncompletePoint(
                _("Give both the latitude and the longitude, or neither.")
            )


def point(obj):
    """``(latitude, longitude)`` of ``obj``, or None when it has no point."""
    geo = IGeolocation(obj, None)
    if geo is None:
        return None
    latitude = getattr(geo, "latitude", None)
    longitude = getattr(geo, "longitude", None)
    if latitude is None or longitude is None:
        return None
    return (latitude, longitude)


def as_geojson(obj):
    """A GeoJSON ``Feature`` for ``obj``, or None when it has no point.

    Coordinates are ``[longitude, latitude]`` as GeoJSON (RFC 7946) wants.
    """
    location = point(obj)
    if location is None:
        return None
    latitude, longitude = location
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": {
            "title": obj.Title(),
            "address": getattr(IGeolocation(obj), "address", None),
            "url": obj.absolute_url(),
            "UID": getattr(obj, "UID", lambda: None)(),
        },
    }
