"""Install and uninstall handlers and the hidden profiles of iA.Tech."""

from ia.core import uninstall
from ia.tech.folders import ensure_folders
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# Lines of profiles/default/registry.xml in the core's list records.
CORE_LINES = {
    "ia.core.reference_patterns": (
        "DT|DT/{year}/{number:05d}|creation",
        "OT|OT/{year}/{number:05d}|creation",
    ),
    "ia.core.reference_type_registers": ("IaTechRequest|DT", "IaTechOrder|OT"),
    "ia.core.attachment_categories": (
        "photo_before|Photo avant travaux",
        "photo_after|Photo après travaux",
    ),
}


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.tech:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """The ``/travaux`` folder where members file their work requests."""
    ensure_folders()


def post_uninstall(context):
    """The lines added to the core's list records; the documents stay."""
    for record, lines in CORE_LINES.items():
        uninstall.remove_lines(record=record, lines=lines)
