"""Hidden profiles and the uninstall handler of iA.PST."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Only the default profile shows in the add-ons control panel."""
        return ["ia.pst:uninstall"]

    def getNonInstallableProducts(self):
        return []
