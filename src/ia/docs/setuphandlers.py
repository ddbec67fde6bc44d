"""Install step of iA.Docs (the mail area) and the hidden profiles."""

from ia.docs.area import ensure_mail_area
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the add-ons control panel."""
        return ["ia.docs:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(setup_tool):
    ensure_mail_area(api.portal.get())
