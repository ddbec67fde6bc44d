"""Install step of the directory: the site's ``/annuaire``."""

from ia.core.directory.api import DIRECTORY_ID
from ia.core.directory.api import get_directory
from plone.dexterity.utils import createContentInContainer


def install(portal):
    """Create the directory once; a re-install keeps the existing one and its contacts."""
    if get_directory() is not None:
        return
    createContentInContainer(
        portal,
        "IaDirectory",
        checkConstraints=False,
        id=DIRECTORY_ID,
        title="Annuaire",
    )
