"""``ia_linked_uids``: the UIDs linked to a document (both directions)."""

from ia.core.links.api import linked_uids
from ia.core.orgchart.behavior import IResponsible
from plone.indexer import indexer


@indexer(IResponsible)
def ia_linked_uids(obj):
    return linked_uids(obj)
