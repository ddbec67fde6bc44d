"""Install handler and hidden profiles of iA.Delib."""

from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


MEETING_MANAGER = "IaMeetingManager"

# Permissions the meeting managers need beyond their workflows: versions are
# saved when they edit an item or a meeting. Added to the roles the core's
# rolemap gives (a rolemap.xml here would replace that list).
EXTRA_PERMISSIONS = (
    "CMFEditions: Apply version control",
    "CMFEditions: Save new version",
    "CMFEditions: Access previous versions",
)


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.delib:uninstall"]


def post_install(context):
    """Give the meeting managers the versioning permissions (idempotent)."""
    portal = api.portal.get()
    for permission in EXTRA_PERMISSIONS:
        roles = {
            role["name"]
            for role in portal.rolesOfPermission(permission)
            if role["selected"]
        }
        acquire = bool(portal.acquiredRolesAreUsedBy(permission))
        portal.manage_permission(permission, sorted(roles | {MEETING_MANAGER}), acquire)
