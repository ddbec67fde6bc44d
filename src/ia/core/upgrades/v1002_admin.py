"""1001 → 1002: the org chart in the site setup.

Imports the delta profile ``ia.core.upgrades:1002_admin``: the
*Organigramme* configlet in the *Users* section; then copies the site's
roles into the role manager (the users panel wrote them on each display).
Idempotent.
"""

from ia.core.orgchart.usersui import sync_role_manager
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer


PROFILE = "profile-ia.core.upgrades:1002_admin"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.core.upgrades:1002_admin"]

    def getNonInstallableProducts(self):
        return []


def upgrade(setup) -> None:
    setup.runImportStepFromProfile(PROFILE, "controlpanel", run_dependencies=False)
    sync_role_manager()
