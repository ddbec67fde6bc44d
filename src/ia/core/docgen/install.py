"""Install step of document generation: the site-level templates folder."""

from ia.core.docgen.api import templates_folder


def install(portal):
    """Create ``/modeles`` (idempotent)."""
    templates_folder(create=True)


# No uninstall: the templates folder holds the managers' templates and their
# local modifications; removing the add-on must not delete them.
