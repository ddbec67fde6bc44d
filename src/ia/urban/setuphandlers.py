"""Install step of iA.Urban (the area ``/urbanisme``) and the hidden profiles."""

from ia.core import uninstall
from ia.urban.area import ensure_area
from ia.urban.kinds import KINDS
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# Lines of profiles/default/registry.xml in the core's list records.
SHARED_LINES = {
    "ia.core.reference_patterns": tuple(
        f"{kind.acronym}|{kind.acronym}/{{year}}/{{number}}|creation" for kind in KINDS
    ),
    "ia.core.reference_type_registers": tuple(
        f"{kind.portal_type}|{kind.acronym}" for kind in KINDS
    ),
    "ia.core.attachment_categories": ("formulaire|Formulaire",),
    "plone.displayed_types": ("IaUrbanArea",),
}
TEMPLATES_FOLDER = "urbanisme"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the add-ons control panel."""
        return ["ia.urban:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(setup_tool):
    ensure_area(api.portal.get())


def post_uninstall(setup_tool):
    """What ``profiles/uninstall``'s XML cannot remove: the lines added to
    the core's list records and the templates. The files stay."""
    for record, lines in SHARED_LINES.items():
        uninstall.remove_lines(record=record, lines=lines)
    uninstall.remove_templates(folder=TEMPLATES_FOLDER)
