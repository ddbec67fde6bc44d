"""Install handler and hidden profiles of iA.Delib."""

from ia.core import uninstall
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


MEETING_MANAGER = "IaMeetingManager"
# Roles of profiles/default/rolemap.xml.
ROLES = (MEETING_MANAGER, "IaAdviser", "IaAdviceRequester", "IaAdviceReader")
# Lines of profiles/default/registry.xml in the core's list records.
CORE_LINES = {
    "ia.core.reference_patterns": ("IaDelibItem|DELIB/{year}/{number:05d}|creation",),
}
# The folder of profiles/default/ia_templates.xml in /modeles.
TEMPLATES_FOLDER = "deliberations"

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


def post_uninstall(context):
    """What ``profiles/uninstall``'s XML cannot remove: the lines added to the
    core's list records, the roles, the document templates. The bodies,
    items and meetings stay in the database."""
    for record, lines in CORE_LINES.items():
        uninstall.remove_lines(record=record, lines=lines)
    uninstall.remove_roles(roles=ROLES)
    uninstall.remove_templates(folder=TEMPLATES_FOLDER)
