"""Profiles of the site policy."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.policy:uninstall"]

    def getNonInstallableProducts(self):
        return []
