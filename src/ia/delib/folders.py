"""The folder of the bodies (``/deliberations``) is internal: civil servants
see it, an anonymous visitor does not — no *Délibérations* tab leading to an
empty folder (citizens read ``@@ia-seances-publiques``).

The rule holds for any section an anonymous visitor can see nothing in: a
plain folder stays in its workflow's private state and the group of the
authenticated users gets the local role *Reader* on it. The iA.Delib
workflows never give a right to *Reader*, so the role opens the folder
alone, not the bodies, meetings or items inside. A folder under no workflow
gets its View to the authenticated users directly.
"""

from plone import api


AUTHENTICATED_GROUP = "AuthenticatedUsers"


def make_internal(folder) -> bool:
    """Retract ``folder`` to private and open it to the authenticated users;
    True when something changed."""
    changed = False
    wf_tool = api.portal.get_tool("portal_workflow")
    if not wf_tool.getChainFor(folder):
        for permission in ("View", "Access contents information"):
            roles = ("Manager", "Site Administrator", "Authenticated")
            current = folder.rolesOfPermission(permission)
            granted = {r["name"] for r in current if r["selected"]}
            acquired = folder.acquiredRolesAreUsedBy(permission)
            if acquired or granted != set(roles):
                folder.manage_permission(permission, roles, acquire=False)
                changed = True
        if changed:
            folder.reindexObjectSecurity()
        return changed
    if api.content.get_state(folder, default=None) == "published":
        api.content.transition(obj=folder, transition="retract")
        changed = True
    roles = folder.get_local_roles_for_userid(AUTHENTICATED_GROUP)
    if "Reader" not in roles:
        folder.manage_addLocalRoles(AUTHENTICATED_GROUP, ["Reader"])
        folder.reindexObjectSecurity()
        changed = True
    return changed


def body_folders() -> list:
    """The plain folders directly holding a body."""
    folders = {}
    for brain in api.content.find(portal_type="IaDelibBody", unrestricted=True):
        parent = brain._unrestrictedGetObject().aq_parent
        if getattr(parent, "portal_type", None) == "Folder":
            folders[parent.getPhysicalPath()] = parent
    return list(folders.values())
