"""The "Carte" control panel: the tile server and the starting view."""

from ia.core import _
from ia.core.map.interfaces import IMapSettings
from plone.app.registry.browser import controlpanel


class MapSettingsForm(controlpanel.RegistryEditForm):
    id = "MapSettings"
    label = _("Map")
    description = _("The tile server of the map and its starting view.")
    schema = IMapSettings
    schema_prefix = "ia.core.map"


class MapSettingsView(controlpanel.ControlPanelFormWrapper):
    form = MapSettingsForm
