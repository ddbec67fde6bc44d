"""Profiles of iA.Delib hidden from the add-ons control panel."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.delib:uninstall"]
