"""Install and uninstall handlers of the content core."""

from ia.core.uninstall import remove_roles
from importlib import import_module
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


# Each concern that needs more than its GenericSetup files at install time
# has an ``install(portal)`` (and optionally ``uninstall(portal)``) function
# in ``ia.core.<concern>.install``. They run in this order.
CONCERNS = (
    "orgchart",
    "directory",
    "numbering",
    "docgen",
    "settings",
    "conflicts",
)


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the extra profiles from the add-ons control panel."""
        return ["ia.core:uninstall", "ia.core:testing"]

    def getNonInstallableProducts(self):
        return []


def _handlers(name):
    for concern in CONCERNS:
        try:
            module = import_module(f"ia.core.{concern}.install")
        except ModuleNotFoundError as exc:
            if exc.name != f"ia.core.{concern}.install":
                raise
            continue
        handler = getattr(module, name, None)
        if handler is not None:
            yield handler


def post_install(setup_tool):
    """Create the site-level areas of the core (organisation chart, directory...)."""
    portal = api.portal.get()
    for handler in _handlers("install"):
        handler(portal)


# Roles of profiles/default/rolemap.xml.
ROLES = (
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaReader",
    "IaServiceManager",
    "IaAgent",
    "IaCopyReader",
)


def uninstall(setup_tool):
    """Remove what post_install created, in reverse order, then the roles.
    The organisation chart, the directory and the templates stay."""
    portal = api.portal.get()
    for handler in reversed(list(_handlers("uninstall"))):
        handler(portal)
    remove_roles(roles=ROLES)
