"""``@@ia-map``: the located documents on a Leaflet map and in a table.

The page works without JavaScript: the filter form is a GET form and the
table lists every feature; the map (static/ia-map.js on the vendored
Leaflet) reads the same FeatureCollection embedded in the page.
"""

from ia.core import _
from ia.core.map import geojson
from ia.core.map.interfaces import IMapSettings
from ia.core.map.layers import all_layers
from plone import api
from plone.registry.interfaces import IRegistry
from Products.Five import BrowserView
from zope.component import getUtility
from zope.i18n import translate
import json


TABLE_LIMIT = 1000
STATIC = "++plone++ia.core.map"


def map_settings():
    return getUtility(IRegistry).forInterface(
        IMapSettings, prefix="ia.core.map", check=False
    )


class MapView(BrowserView):
    error = None
    data = None

    def __call__(self):
        self.layers = all_layers()
        form = {
            name: value
            for name, value in self.request.form.items()
            if name in self.filter_names()
        }
        self.selected = {
            name: geojson._values(form, name) for name in self.filter_names()
        }
        try:
            self.data = geojson.collection(self.context, form, self.request)
        except geojson.MapError as error:
            self.request.response.setStatus(400)
            self.error = error.translated(self.request)
            self.data = {"type": "FeatureCollection", "features": [], "layers": []}
        return self.index()

    def filter_names(self):
        names = list(geojson.BASE_PARAMS)
        for layer in self.layers:
            names.extend(item.name for item in layer.filters if item.name not in names)
        return names

    # The filter form

    def shown_layers(self):
        """The layers whose filters the form offers: the chosen layer(s), or all.

        On the urban files' map, a team or work type filter of iA.Tech's layer
        would filter nothing and only confuse.
        """
        chosen = self.selected.get("layer") or []
        return [layer for layer in self.layers if layer.id in chosen] or self.layers

    def is_selected(self, name, value) -> bool:
        return str(value) in self.selected.get(name, [])

    def layer_options(self):
        return [
            {"value": layer.id, "title": translate(layer.title, context=self.request)}
            for layer in self.layers
        ]

    def type_options(self):
        titles = geojson._Titles(self.request)
        seen = []
        for layer in self.shown_layers():
            seen.extend(name for name in layer.portal_types if name not in seen)
        return [{"value": name, "title": titles.type_title(name)} for name in seen]

    def state_options(self):
        titles = geojson._Titles(self.request)
        options = {}
        for layer in self.shown_layers():
            for portal_type in layer.portal_types:
                for state in sorted(geojson.workflow_states([portal_type])):
                    title = titles.state_title(state, portal_type)
                    options.setdefault(state, title)
        return sorted(
            ({"value": key, "title": title} for key, title in options.items()),
            key=lambda option: option["title"],
        )

    def year_value(self):
        years = self.selected.get("year") or [""]
        return years[0]

    def extra_filters(self):
        found, seen = [], set()
        for layer in self.shown_layers():
            for item in layer.filters:
                if item.name in seen:
                    continue
                seen.add(item.name)
                found.append(
                    {
                        "name": item.name,
                        "title": translate(item.title, context=self.request),
                        "options": [
                            {"value": str(value), "title": title}
                            for value, title in item.options(self.context)
                        ],
                    }
                )
        return found

    # The map and the table

    def settings(self):
        settings = map_settings()
        return {
            "tiles": settings.tile_url,
            "attribution": settings.attribution,
            "center": [settings.center_latitude, settings.center_longitude],
            "zoom": settings.zoom,
        }

    def settings_json(self):
        return json.dumps(self.settings())

    def data_json(self):
        # Inside <script>: no "</" that could close it.
        return json.dumps(self.data).replace("</", "<\\/")

    def static_url(self):
        return f"{api.portal.get().absolute_url()}/{STATIC}"

    def extra_columns(self):
        columns = []
        for layer in self.data.get("layers", []):
            for key, title in layer["properties"]:
                if key not in [column[0] for column in columns]:
                    columns.append([key, title])
        return columns

    def rows(self):
        features = self.data["features"][:TABLE_LIMIT]
        return [feature["properties"] for feature in features]

    def count(self):
        return len(self.data["features"])

    def hidden_count(self):
        return max(0, self.count() - TABLE_LIMIT)

    def summary(self):
        if self.count() == 1:
            return translate(
                _(
                    "map_summary_one",
                    default="1 located document: it is on the map and in the "
                    "table below.",
                ),
                context=self.request,
            )
        return translate(
            _(
                "map_summary",
                default="${count} located documents: each one is on the map "
                "and in the table below.",
                mapping={"count": self.count()},
            ),
            context=self.request,
        )
