"""Where iA.Tech keeps its documents: ``/travaux`` (requests and orders)
and ``/travaux/patrimoine`` (assets), made at install time; ``/travaux``
is unordered (``ia.core.unordered``: many documents filed at once).

Every member may file a work request in ``/travaux`` (local role
``Contributor`` of ``AuthenticatedUsers``); work orders and assets have
add permissions of their own (``rolemap.xml``).
"""

from ia.core.unordered import make_unordered
from ia.tech import settings
from plone import api
import secrets


ASSETS_ID = "patrimoine"
MAX_BASE = 43  # + "-" + 6 hex digits: the 50 characters of an id


def ensure_folders(portal=None):
    portal = portal or api.portal.get()
    folder_id = settings.folder_id()
    if folder_id not in portal.objectIds():
        api.content.create(
            container=portal, type="Folder", id=folder_id, title="Services techniques"
        )
    folder = portal[folder_id]
    make_unordered(folder)
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


def new_id(container, title: str, *, concurrent=False) -> str:
    """A free id for ``title`` in ``container``, chosen before the creation:
    ``plone.api`` would otherwise create under a temporary id and rename
    (a savepoint and a move per document, most of the creation's time).

    ``concurrent``: the document may be filed by many clients at once (an
    Open311 report, a hand-over): the id gets a random suffix
    (``nid-de-poule-3f9a1c``). Plone's ``-1``, ``-2``… are chosen from the
    transaction's snapshot: concurrent reports of the same title all chose
    the same free id, inserted the same key in the folder and the catalog,
    and every one but the first failed with a write conflict, retried, and
    after three retries answered 500 (issue 15)."""
    from plone.i18n.normalizer.interfaces import IURLNormalizer
    from zope.component import getUtility
    from zope.container.interfaces import INameChooser

    if not concurrent:
        return INameChooser(container).chooseName(title or "document", container)
    normalizer = getUtility(IURLNormalizer)
    base = normalizer.normalize(title or "", max_length=MAX_BASE) or "document"
    while True:
        candidate = f"{base}-{secrets.token_hex(3)}"
        if candidate not in container:
            return candidate
