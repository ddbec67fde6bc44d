"""What a product's uninstall handler needs beyond its GenericSetup XML.

Registry XML can add lines to a list record (``purge="false"``) but not take
one out; rolemap XML can add roles but not remove them; the templates of a
product's ``ia_templates.xml`` are content. A product's ``post_uninstall``
calls these with what its default profile added.
"""

from ia.core.docgen.api import templates_folder
from plone import api


def remove_lines(*, record, lines):
    """Take ``lines`` out of the list registry record ``record`` (if any)."""
    registry = api.portal.get_tool("portal_registry")
    if record not in registry.records:
        return
    value = registry[record]
    kept = [line for line in value or () if line not in lines]
    if kept != list(value or ()):
        registry[record] = type(value)(kept)


def remove_roles(*, roles):
    """Remove ``roles`` from the site, with their permission settings."""
    portal = api.portal.get()
    for permission in portal.ac_inherited_permissions(all=True):
        name = permission[0]
        settings = portal.rolesOfPermission(name)
        selected = [r["name"] for r in settings if r["selected"]]
        if any(role in selected for role in roles):
            acquire = bool(portal.acquiredRolesAreUsedBy(name))
            kept = [role for role in selected if role not in roles]
            portal.manage_permission(name, kept, acquire)
    existing = [role for role in roles if role in portal.valid_roles()]
    if existing:
        portal._delRoles(existing)


def remove_templates(*, folder):
    """Delete the product's templates folder ``/modeles/<folder>`` (whoever
    runs the uninstall: an administrator, a script, a test)."""
    root = templates_folder()
    if root is not None and folder in root.objectIds():
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(obj=root[folder], check_linkintegrity=False)
