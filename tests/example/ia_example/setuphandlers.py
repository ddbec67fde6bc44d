"""Hidden profiles and the uninstall handler of iA.Example."""

from ia.core import uninstall
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# Lines of profiles/default/registry.xml in the core's list records.
CORE_LINES = {
    "ia.core.reference_patterns": ("EX|EX/{year}/{number:05d}|creation",),
    "ia.core.reference_type_registers": ("IaExampleRequest|EX",),
}


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Only the default profile shows in the add-ons control panel."""
        return [
            "tests.example.ia_example:uninstall",
            "tests.example.ia_example.upgrades:1001_index",
        ]

    def getNonInstallableProducts(self):
        return []


def post_uninstall(context):
    """What ``profiles/uninstall``'s XML cannot remove: the lines added to
    the core's list records. The requests stay in the database."""
    for record, lines in CORE_LINES.items():
        uninstall.remove_lines(record=record, lines=lines)
