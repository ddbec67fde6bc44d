"""Where iA.Tech keeps its documents: ``/travaux`` (requests and orders)
and ``/travaux/patrimoine`` (assets), made at install time.

Every member may file a work request in ``/travaux`` (local role
``Contributor`` of ``AuthenticatedUsers``); work orders and assets have
add permissions of their own (``rolemap.xml``).
"""

from ia.tech import settings
from plone import api


ASSETS_ID = "patrimoine"


def ensure_folders(portal=None):
    portal = portal or api.portal.get()
    folder_id = settings.folder_id()
    if folder_id not in portal.objectIds():
        api.content.create(
            container=portal, type="Folder", id=folder_id, title="Services techniques"
        )
    folder = portal[folder_id]
    folder.manage_setLocalRoles("AuthenticatedUsers", ["Contributor"])
    if ASSETS_ID not in folder.objectIds():
        api.content.create(
            container=folder, type="Folder", id=ASSETS_ID, title="Patrimoine"
        )
    folder.reindexObjectSecurity()
    return folder


def work_folder():
    """The folder of requests and orders (made when missing)."""
    portal = api.portal.get()
    folder = portal.get(settings.folder_id())
    return folder if folder is not None else ensure_folders(portal)


def assets_folder():
    return work_folder()[ASSETS_ID]


def new_id(container, title: str) -> str:
    """A free id for ``title`` in ``container``, chosen before the creation:
    ``plone.api`` would otherwise create under a temporary id and rename
    (a savepoint and a move per document, most of the creation's time)."""
    from zope.container.interfaces import INameChooser

    return INameChooser(container).chooseName(title or "document", container)
