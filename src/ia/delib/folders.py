"""The folder of the bodies (``/deliberations``) is internal: civil servants
see it, an anonymous visitor does not — no *Délibérations* tab leading to an
empty folder (citizens read ``@@ia-seances-publiques``).

The rule (``ia.core.internal.make_internal``) holds for every product's
area: see there.
"""

from ia.core.internal import make_internal  # noqa: F401 - the rule, in the core
from plone import api


def body_folders() -> list:
    """The plain folders directly holding a body."""
    folders = {}
    for brain in api.content.find(portal_type="IaDelibBody", unrestricted=True):
        parent = brain._unrestrictedGetObject().aq_parent
        if getattr(parent, "portal_type", None) == "Folder":
            folders[parent.getPhysicalPath()] = parent
    return list(folders.values())
