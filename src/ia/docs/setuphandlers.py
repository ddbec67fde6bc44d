"""Install step of iA.Docs (the mail area) and the hidden profiles."""

from ia.core import uninstall
from ia.docs.area import ensure_mail_area
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# Lines of profiles/default/registry.xml in the core's and Plone's list records.
SHARED_LINES = {
    "ia.core.reference_patterns": (
        "E|E/{year}/{number:05d}|creation",
        "S|S/{year}/{number:05d}|creation",
    ),
    "ia.core.reference_type_registers": ("IaIncomingMail|E", "IaOutgoingMail|S"),
    "plone.displayed_types": ("IaMailArea",),
}
# The folder of profiles/default/ia_templates.xml in /modeles.
TEMPLATES_FOLDER = "courrier"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the add-ons control panel."""
        return ["ia.docs:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(setup_tool):
    ensure_mail_area(api.portal.get())


def post_uninstall(setup_tool):
    """What ``profiles/uninstall``'s XML cannot remove: the lines added to
    shared list records and the letter templates. The mail area and the
    mails stay in the database."""
    for record, lines in SHARED_LINES.items():
        uninstall.remove_lines(record=record, lines=lines)
    uninstall.remove_templates(folder=TEMPLATES_FOLDER)
