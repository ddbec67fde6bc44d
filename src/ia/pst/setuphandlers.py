"""Hidden profiles and the uninstall handler of iA.PST."""

from ia.core import uninstall
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# The folder of profiles/default/ia_templates.xml in /modeles.
TEMPLATES_FOLDER = "pst"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Only the default profile shows in the add-ons control panel."""
        return ["ia.pst:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_uninstall(context):
    """What ``profiles/uninstall``'s XML cannot remove: the document
    templates. The programmes stay in the database."""
    uninstall.remove_templates(folder=TEMPLATES_FOLDER)
