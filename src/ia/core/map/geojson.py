"""Filters of the map and its GeoJSON FeatureCollection, from brains.

``parse(form, layers)`` checks every parameter before anything is searched
(all or nothing: one bad value refuses the whole request with a translated
:class:`MapError`, status 400); ``search(context, selection)`` gives the
brains the user may View under ``context``; ``feature_collection(brains,
selection, request)`` serialises them without waking an object up.

Parameters (each may be repeated): ``layer`` (a layer id), ``type`` (a
portal type of the chosen layers), ``review_state`` (a state of their
workflows), ``year`` (of the layer's ``year_index``, ``created`` by
default), and each layer's extra filters (``MapFilter.name``).
"""

from DateTime import DateTime
from ia.core import _
from ia.core.errors import IaError
from ia.core.map.layers import all_layers
from ia.core.map.records import Urls
from ia.core.map.records import layer_features
from plone import api
from zope.i18n import translate


BASE_PARAMS = ("layer", "type", "review_state", "year")
MIN_YEAR, MAX_YEAR = 1900, 2200


class MapError(IaError):
    status = 400


class Selection:
    """The checked filters: the layers kept and the values per parameter."""

    def __init__(self, layers, values):
        self.layers = layers
        self.values = values

    def query_for(self, layer, context) -> dict | None:
        """The catalog query of ``layer``, or None when a filter excludes it."""
        types = list(layer.portal_types)
        if self.values.get("type"):
            types = [name for name in types if name in self.values["type"]]
            if not types:
                return None
        query = dict(layer.query)
        query.update(
            portal_type=types,
            ia_located=True,
            path="/".join(context.getPhysicalPath()),
        )
        if self.values.get("review_state"):
            query["review_state"] = self.values["review_state"]
        if self.values.get("year"):
            years = sorted(self.values["year"])
            query[layer.year_index] = {
                "query": (
                    DateTime(f"{years[0]}/01/01 00:00:00 Europe/Brussels"),
                    DateTime(f"{years[-1]}/12/31 23:59:59 Europe/Brussels"),
                ),
                "range": "min:max",
            }
        own = {item.name: item for item in layer.filters}
        for name in self.extra_names():
            if name not in own:
                return None  # a filter this layer does not have: not shown
            query[own[name].index] = self.values[name]
        return query

    def extra_names(self):
        return [
            name
            for name in self.values
            if name not in BASE_PARAMS and self.values[name]
        ]


def _values(form, name) -> list:
    raw = form.get(name)
    if raw is None:
        return []
    if not isinstance(raw, list | tuple):
        raw = [raw]
    return [str(value).strip() for value in raw if str(value).strip()]


def _bad(name, value):
    return MapError(
        _(
            "msg_map_bad_filter",
            default="The value '${value}' of the filter '${filter}' is not valid.",
            mapping={"filter": name, "value": value},
        )
    )


def workflow_states(portal_types) -> set:
    wtool = api.portal.get_tool("portal_workflow")
    states = set()
    for name in portal_types:
        for workflow_id in wtool.getChainForPortalType(name):
            workflow = wtool.getWorkflowById(workflow_id)
            if workflow is not None and getattr(workflow, "states", None):
                states.update(workflow.states.objectIds())
    return states


def _check_names(form, extra):
    for name in form:
        if name not in BASE_PARAMS and name not in extra:
            raise MapError(
                _(
                    "msg_map_unknown_filter",
                    default="The map has no filter '${filter}'.",
                    mapping={"filter": name},
                )
            )


def _check_in(name, given, allowed):
    for value in given:
        if value not in allowed:
            raise _bad(name, value)
    return given


def _years(form) -> list:
    years = []
    for value in _values(form, "year"):
        if not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
            raise _bad("year", value)
        years.append(int(value))
    return years


def parse(form, context, layers=None) -> Selection:
    """Check every parameter of ``form``; a :class:`MapError` at the first
    bad one (unknown name, unknown value, year out of range)."""
    layers = all_layers() if layers is None else layers
    by_id = {layer.id: layer for layer in layers}
    extra = {item.name: item for layer in layers for item in layer.filters}
    _check_names(form, extra)
    chosen = _check_in("layer", _values(form, "layer"), by_id)
    kept = [by_id[value] for value in chosen] if chosen else list(layers)
    types = {name for layer in kept for name in layer.portal_types}
    values = {"type": _check_in("type", _values(form, "type"), types)}
    states = workflow_states(values["type"] or types)
    values["review_state"] = _check_in(
        "review_state", _values(form, "review_state"), states
    )
    values["year"] = _years(form)
    for name, item in extra.items():
        given = _values(form, name)
        if given:
            allowed = {str(option) for option, _title in item.options(context)}
            _check_in(name, given, allowed)
        values[name] = given
    return Selection(kept, values)


def search(context, selection) -> list:
    """``(layer, brain)`` pairs the user may View, layer by layer."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for layer in selection.layers:
        query = selection.query_for(layer, context)
        if query is None:
            continue
        found.extend((layer, brain) for brain in catalog.searchResults(**query))
    return found


class _Titles:
    """Type and state titles, translated once per call."""

    def __init__(self, request):
        self.request = request
        self.wtool = api.portal.get_tool("portal_workflow")
        self.types = api.portal.get_tool("portal_types")
        self.cache = {}

    def type_title(self, portal_type):
        key = ("type", portal_type)
        if key not in self.cache:
            fti = self.types.getTypeInfo(portal_type)
            title = fti.Title() if fti is not None else portal_type
            domain = getattr(fti, "i18n_domain", None) or "plone"
            self.cache[key] = translate(title, domain=domain, context=self.request)
        return self.cache[key]

    def state_title(self, state, portal_type):
        if not state:
            return ""
        key = ("state", state, portal_type)
        if key not in self.cache:
            title = self.wtool.getTitleForStateOnType(state, portal_type) or state
            self.cache[key] = translate(title, domain="plone", context=self.request)
        return self.cache[key]


def feature(layer, brain, titles) -> dict:
    properties = {
        "title": brain.Title,
        "reference": brain.ia_reference or "",
        "state": titles.state_title(brain.review_state, brain.portal_type),
        "review_state": brain.review_state or "",
        "type": titles.type_title(brain.portal_type),
        "url": brain.getURL(),
        "layer": layer.id,
    }
    properties.update(layer.properties(brain))
    return {
        "type": "Feature",
        "id": brain.UID,
        "geometry": brain.ia_geo,
        "properties": properties,
    }


def describe_layers(layers, request) -> list:
    return [
        {
            "id": layer.id,
            "title": translate(layer.title, context=request),
            "properties": [
                [key, translate(title, context=request)]
                for key, title in layer.property_titles.items()
            ],
        }
        for layer in layers
    ]


def feature_collection(pairs, selection, request) -> dict:
    """A GeoJSON FeatureCollection of ``(layer, brain)`` pairs; the layers'
    titles and property titles as the foreign member ``layers``."""
    titles = _Titles(request)
    features = [
        feature(layer, brain, titles)
        for layer, brain in pairs
        if brain.ia_geo  # indexed before a shape was lost: skipped
    ]
    return {
        "type": "FeatureCollection",
        "features": features,
        "layers": describe_layers(selection.layers, request),
    }


def collection(context, form, request) -> dict:
    """Parse, search, serialise: the map's data for ``form``. A layer of
    plain columns is read from the catalog's records (:mod:`.records`),
    any other from its brains: the same features."""
    selection = parse(form, context)
    catalog = api.portal.get_tool("portal_catalog")
    titles, urls = _Titles(request), Urls(context)
    features = []
    for layer in selection.layers:
        query = selection.query_for(layer, context)
        if query is None:
            continue
        results = catalog.searchResults(**query)
        found = layer_features(layer, results, titles, urls)
        if found is None:
            found = [feature(layer, b, titles) for b in results if b.ia_geo]
        features.extend(found)
    return {
        "type": "FeatureCollection",
        "features": features,
        "layers": describe_layers(selection.layers, request),
    }
