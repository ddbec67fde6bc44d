"""The ready-made map layer and filter a product instantiates and registers.

In the product's ``map.py``::

    from ia.core.map.layers import MapFilter, MapLayer

    def team_options(context):
        return [(uid, title) for uid, title in my_teams()]

    def properties(brain):
        return {"team": brain.ia_team_title}

    WORK_ORDERS = MapLayer(
        id="tech-orders",
        title=_("Work orders"),
        portal_types=("TechWorkOrder",),
        query={"ia_final": False},
        filters=(MapFilter("team", _("Team"), index="ia_team", options=team_options),),
        properties=properties,
        property_titles={"team": _("Team")},
    )

A layer whose properties are plain metadata columns says so with
``columns={"team": "ia_team_title"}`` instead of ``properties``: its
GeoJSON is then built from the catalog's records without making a brain
per document (:mod:`ia.core.map.records`), the fast way for thousands.

and in its ``configure.zcml``::

    <utility component=".map.WORK_ORDERS" name="tech-orders"
             provides="ia.core.map.interfaces.IMapLayer" />
"""

from ia.core.map.interfaces import IMapLayer
from zope.component import getUtilitiesFor
from zope.interface import implementer
import Missing


class MapFilter:
    """An extra filter of a layer: the request parameter ``name`` searches
    catalog ``index``; its value must be one of ``options(context)``, a
    list of ``(value, title)`` pairs (the choices offered on the page)."""

    def __init__(self, name, title, index, options):
        self.name = name
        self.title = title
        self.index = index
        self.options = options


def _no_properties(brain):
    return {}


def column_value(value):
    """A metadata value as a property: None or Missing.Value -> ""."""
    return "" if value is None or value is Missing.Value else value


# The properties every feature has (ia.core.map.geojson / records), shown
# by the map's table in its own columns.
OWN_PROPERTIES = frozenset(
    {"title", "reference", "state", "review_state", "type", "url", "layer"}
)


@implementer(IMapLayer)
class MapLayer:
    def __init__(  # noqa: PLR0913 - a layer is declared in one call
        self,
        id,
        title,
        portal_types,
        *,
        query=None,
        properties=None,
        property_titles=None,
        columns=None,
        filters=(),
        year_index="created",
        order=100,
    ):
        self.id = id
        self.title = title
        self.portal_types = tuple(portal_types)
        self.query = dict(query or {})
        self._properties = properties or _no_properties
        self.columns = dict(columns or {})
        self.property_titles = dict(property_titles or {})
        shadowed = (set(self.columns) | set(self.property_titles)) & OWN_PROPERTIES
        if shadowed:
            # the map shows these itself: a layer's copy was a second column
            raise ValueError(f"map layer {id}: {sorted(shadowed)} are the map's own")
        self.filters = tuple(filters)
        self.year_index = year_index
        self.order = order

    def properties(self, brain) -> dict:
        found = {
            key: column_value(getattr(brain, column, None))
            for key, column in self.columns.items()
        }
        found.update(self._properties(brain))
        return found

    @property
    def reads_records(self) -> bool:
        """True when ``columns`` give every property: no brain needed."""
        return self._properties is _no_properties

    def __repr__(self):
        return f"<MapLayer {self.id}>"


def all_layers() -> list:
    """The registered layers, in their ``order`` then by id."""
    found = [layer for _name, layer in getUtilitiesFor(IMapLayer)]
    return sorted(found, key=lambda layer: (layer.order, layer.id))
