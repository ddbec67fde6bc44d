"""1000 → 1001: links between documents and hand-overs.

Imports the delta profile ``ia.core.upgrades:1001_links`` (the ``ia_linked_uids``
index and column, the *Hand over…* document action), then indexes the
documents that already have links (none on a 1000 site; this keeps the
step right if it runs after another product's migration made some).
Idempotent.
"""

from ia.core.links import storage
from ia.core.links.api import INDEX
from ia.core.links.kinds import all_kinds
from plone import api
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer
import logging


logger = logging.getLogger("ia.core.upgrades")

PROFILE = "profile-ia.core.upgrades:1001_links"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.core.upgrades:1001_links"]

    def getNonInstallableProducts(self):
        return []


def linked_documents() -> list:
    """Every document at an end of a link."""
    found = {}
    for kind in all_kinds():
        for relation in storage.find(kind=kind.id):
            for obj in storage.ends(relation):
                found[api.content.get_uuid(obj)] = obj
    return list(found.values())


def upgrade(setup) -> None:
    for step in ("catalog", "actions"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    documents = linked_documents()
    for obj in documents:
        obj.reindexObject(idxs=[INDEX])
    logger.info("ia_linked_uids: %d linked documents indexed", len(documents))
