"""Install-time code of the numbering registers."""

from ia.core.numbering import storage


def install(portal):
    """Create the counters' tree up front, so that first allocations do not
    all conflict on the site's annotations."""
    storage.counters(portal, create=True)


# No uninstall: the counters stay in the site so that a reinstall never
# hands out a number again.
