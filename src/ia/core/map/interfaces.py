"""What a product gives the map: its layers, its shapes; the tile settings."""

from ia.core import _
from zope import schema
from zope.interface import Attribute
from zope.interface import Interface


class IMapLayer(Interface):
    """A kind of documents on the map, registered as a named utility (the
    name is the layer's ``id``). :class:`ia.core.map.layers.MapLayer` is the
    ready-made implementation."""

    id = Attribute("Identifier, used as the ``layer`` filter value.")
    title = Attribute("Translatable title shown to the user (a Message).")
    portal_types = Attribute("The portal types shown on this layer (a tuple).")
    query = Attribute("Extra catalog query (a dict) added to every search.")
    year_index = Attribute("The DateIndex the ``year`` filter uses ('created').")
    filters = Attribute("Extra filters (a tuple of MapFilter).")
    property_titles = Attribute(
        "{key: Message}: the titles of the properties that ``properties`` "
        "gives, in the order shown in the popup and the table."
    )
    order = Attribute("Sort key among layers (an int).")
    columns = Attribute(
        "Optional {key: metadata column}: properties read from the catalog's "
        "records; a layer whose ``reads_records`` is true needs no brain."
    )

    def properties(brain):
        """The layer's own feature properties of ``brain`` (JSON-ready
        values, read from the brain: no object wake-up)."""


class IGeoShape(Interface):
    """Adapter of a document to its geometry, when a product knows more
    than the ``ia.geolocation`` point (iA.Urban's parcel polygons)."""

    def geometry():
        """A GeoJSON geometry dict (RFC 7946, WGS 84, ``[lon, lat]``), or
        None when unknown (the ``ia.geolocation`` point is then used)."""


class IMapSettings(Interface):
    """The map's tiles and starting view (registry ``ia.core.map.*``)."""

    tile_url = schema.TextLine(
        title=_("Tile URL template"),
        description=_(
            "The tile server, with {z}, {x} and {y} (and optionally {s}), "
            "e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        ),
        required=True,
        default="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    )
    attribution = schema.TextLine(
        title=_("Tile attribution"),
        description=_("Credit shown on the map, as the tile server requires."),
        required=True,
        default="© les contributeurs d'OpenStreetMap",
    )
    center_latitude = schema.Float(
        title=_("Latitude of the map's centre"),
        required=True,
        default=50.4669,
        min=-90.0,
        max=90.0,
    )
    center_longitude = schema.Float(
        title=_("Longitude of the map's centre"),
        required=True,
        default=4.8675,
        min=-180.0,
        max=180.0,
    )
    zoom = schema.Int(
        title=_("Starting zoom"),
        description=_("From 1 (the world) to 19 (a street)."),
        required=True,
        default=13,
        min=1,
        max=19,
    )
