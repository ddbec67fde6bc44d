"""Install / uninstall of the conflict fixes (``ia.core.setuphandlers``)."""

from ia.core.conflicts.uidgenerator import UniqueIdGenerator
from Products.CMFUid.interfaces import IUniqueIdGenerator


def _fresh_cache(registry):
    """Rebuild zope.interface's volatile utility cache before replacing the
    tool: the cache may hold the tool unwrapped while the registration holds
    five.localsitemanager's (unhashable) path wrapper, and the replacement
    then fails with ``TypeError: unhashable type``."""
    registry._v_utility_registrations_cache = None


def install(portal):
    """Make the stateless generator the site's ``IUniqueIdGenerator``."""
    registry = portal.getSiteManager()
    current = registry.queryUtility(IUniqueIdGenerator)
    if not isinstance(current, UniqueIdGenerator):
        _fresh_cache(registry)
        registry.registerUtility(UniqueIdGenerator(), IUniqueIdGenerator)


def uninstall(portal):
    """Give the generator back to CMFUid's ``portal_uidgenerator`` tool."""
    registry = portal.getSiteManager()
    current = registry.queryUtility(IUniqueIdGenerator)
    if isinstance(current, UniqueIdGenerator):
        _fresh_cache(registry)
        registry.unregisterUtility(current, IUniqueIdGenerator)
        tool = portal._getOb("portal_uidgenerator")
        registry.registerUtility(tool, IUniqueIdGenerator)
