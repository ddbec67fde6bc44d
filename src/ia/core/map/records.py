"""The map's features straight from the catalog's records (the fast way).

For thousands of documents a brain per document costs more than the
feature it gives: the brain object, its attribute lookups (each a failed
``__getattribute__`` first), the URL rebuilt element by element. A layer
whose properties are plain columns (``MapLayer(columns=...)``,
``reads_records``) is served here from one search with the user's rights
(``searchResults``: the record ids it found, ``_seq`` of the lazy result)
and, per record id, the metadata tuple and the path the catalog keeps:
no brain, no object woken up, the titles of types and states translated
once per call, the URLs made from one prefix. Any other layer, or a
result this module cannot read as record ids, goes through the brains
(:func:`ia.core.map.geojson.feature`): the same features either way (the
tests compare them).
"""

from ia.core.map.layers import column_value
from plone import api
from urllib.parse import quote


BASE_COLUMNS = ("UID", "Title", "ia_reference", "review_state", "portal_type")


class Urls:
    """``brain.getURL()`` for the paths under ``context``: the URL of
    ``context`` in the request brains use (the site's, acquired) plus the
    rest of the path, quoted as Zope quotes it. ``prefix`` is None when
    that request is not a Zope one or a virtual host root lies below
    ``context``: the brains' own ``getURL`` is used then."""

    def __init__(self, context):
        path = context.getPhysicalPath()
        self.base = "/".join(path)
        self.prefix = None
        request = getattr(context, "REQUEST", None)
        other = getattr(request, "other", None)
        if isinstance(other, dict) and hasattr(request, "physicalPathToURL"):
            root = tuple(other.get("VirtualRootPhysicalPath", ("",)))
            if path[: len(root)] == root:
                self.prefix = request.physicalPathToURL(path)

    def __call__(self, path):
        return self.prefix + quote(path[len(self.base) :], "/+@")


def record_ids(results):
    """The record ids of an unsorted search, or None (read the brains)."""
    rids = getattr(results, "_seq", None)
    return rids if rids is not None and len(rids) == len(results) else None


def layer_features(layer, results, titles, urls) -> list | None:
    """The features of ``layer`` from the records of ``results``, or None
    when they must come from the brains."""
    rids = record_ids(results)
    if rids is None or urls.prefix is None or not layer.reads_records:
        return None
    catalog = api.portal.get_tool("portal_catalog")._catalog
    schema, data, paths = catalog.schema, catalog.data, catalog.paths
    uid, title, reference, state, portal_type = (schema[n] for n in BASE_COLUMNS)
    geo = schema["ia_geo"]
    own = [(key, schema.get(column)) for key, column in layer.columns.items()]
    found = []
    for rid in rids:
        record = data[rid]
        if not record[geo]:
            continue  # indexed before a shape was lost: skipped
        properties = {
            "title": record[title],
            "reference": record[reference] or "",
            "state": titles.state_title(record[state], record[portal_type]),
            "review_state": record[state] or "",
            "type": titles.type_title(record[portal_type]),
            "url": urls(paths[rid]),
            "layer": layer.id,
        }
        for key, position in own:
            properties[key] = "" if position is None else column_value(record[position])
        found.append(
            {
                "type": "Feature",
                "id": record[uid],
                "geometry": record[geo],
                "properties": properties,
            }
        )
    return found
