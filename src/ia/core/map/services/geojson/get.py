"""GET ``@ia-geojson``: the map's FeatureCollection (ia.core.map.geojson)."""

from ia.core.map.geojson import collection
from ia.core.rest import IaService


class GeoJSONGet(IaService):
    content_type = "application/geo+json"

    def answer(self):
        form = dict(self.request.form)
        return collection(self.context, form, self.request)
