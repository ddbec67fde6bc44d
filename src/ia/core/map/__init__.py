"""The suite's map: located documents on a Leaflet map and as GeoJSON.

- :mod:`.interfaces`: ``IMapLayer`` (a named utility a product registers,
  one per kind of document shown), ``IGeoShape`` (an adapter giving a
  document's geometry when it is more than the ``ia.geolocation`` point),
  ``IMapSettings`` (tile server, registry ``ia.core.map.*``).
- :mod:`.layers`: ``MapLayer`` and ``MapFilter``, the ready-made layer a
  product instantiates; ``all_layers()``.
- :mod:`.catalog`: ``geometry(obj)`` and the ``ia_geo`` (metadata) and
  ``ia_located`` (index) indexers.
- :mod:`.geojson`: filter validation and the FeatureCollection from brains.
- :mod:`.records`: the same features straight from the catalog's records,
  for the layers whose properties are plain columns (``MapLayer.columns``).
- ``@ia-geojson`` (REST) and ``@@ia-map`` (HTML page with a table).
"""
