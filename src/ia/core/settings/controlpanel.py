"""The "Commune" control panel: a registry edit form and its REST panel."""

from ia.core import _
from ia.core.settings.api import PREFIX
from ia.core.settings.interfaces import IMunicipalitySettings
from plone.app.registry.browser import controlpanel
from plone.formwidget.namedfile.widget import NamedImageFieldWidget
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.restapi.interfaces import IControlpanelLayer
from zope.component import adapter
from zope.interface import Interface


CONFIGLET_ID = "ia-municipality"


class MunicipalitySettingsForm(controlpanel.RegistryEditForm):
    id = "MunicipalitySettings"
    label = _("Municipality")
    description = _(
        "Identity of the municipality, its officials and default signatories."
    )
    schema = IMunicipalitySettings
    schema_prefix = PREFIX

    def updateFields(self):
        super().updateFields()
        self.fields["logo"].widgetFactory = NamedImageFieldWidget


class MunicipalitySettingsView(controlpanel.ControlPanelFormWrapper):
    form = MunicipalitySettingsForm


@adapter(Interface, IControlpanelLayer)
class MunicipalityControlpanel(RegistryConfigletPanel):
    """``@controlpanels/ia-municipality``."""

    schema = IMunicipalitySettings
    schema_prefix = PREFIX
    configlet_id = CONFIGLET_ID
    configlet_category_id = "plone-general"
