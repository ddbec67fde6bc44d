"""Sections an anonymous visitor can see nothing in stay internal.

A product's area (``/courrier``, ``/urbanisme``, the folder of the bodies)
holds nothing public: without this rule it inherits the site root's View for
*Anonymous*, so a visitor got a *Courrier* or *Urbanisme* tab leading to an
empty page. Citizens read the public pages on the site root instead
(``@@ia-seances-publiques``, ``@@ia-urban-inquiries``, ``@@pst-public``).

A plain folder stays in its workflow's private state and the group of the
authenticated users gets the local role *Reader* on it (the products'
workflows never give a right to *Reader*, so the role opens the folder
alone, not its documents). A folder under no workflow (the areas) gets its
View to the authenticated users directly.
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
