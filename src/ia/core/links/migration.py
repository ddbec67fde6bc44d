"""Helpers for the upgrade steps that turn a product's old link storage
(a UID kept in an attribute) into core links.

A product's step walks its documents, calls :func:`link_from_attribute` for
each old attribute, and logs the count. The core's ``ia_linked_uids``
index must exist first: :func:`core_links_ready` runs the core's own
upgrade when it has not run yet. Everything is unrestricted: an upgrade runs
as the site's administrator, on documents nobody may see.
"""

from Acquisition import aq_base
from ia.core.handovers.api import ANNOTATION as HANDOVER_ORIGIN
from ia.core.links import api as links
from ia.core.orgchart.storage import stored_value
from plone import api
from zope.annotation.interfaces import IAnnotations
import logging


logger = logging.getLogger("ia.core.links.migration")

LINKED_INDEX = "ia_linked_uids"
_MISSING = object()


def core_links_ready(setup) -> None:
    """Run the core's upgrade first if its ``ia_linked_uids`` index is missing."""
    if LINKED_INDEX not in api.portal.get_tool("portal_catalog").indexes():
        setup.upgradeProfile("ia.core:default")


def documents(portal_type):
    """Every document of ``portal_type`` (unrestricted, woken up)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
        yield brain._unrestrictedGetObject()


def by_uid(uid):
    """The document of ``uid`` or None (unrestricted)."""
    if not uid:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def remember_handover(target, handover, source) -> None:
    """``target`` was made from ``source`` by ``handover`` (what
    ``ia.core.handovers.api.done`` reads, so that a ``once`` hand-over is not
    offered again); the first origin is kept."""
    annotations = IAnnotations(target)
    if HANDOVER_ORIGIN not in annotations:
        annotations[HANDOVER_ORIGIN] = (handover, api.content.get_uuid(source))


def drop(obj, name) -> None:
    """Delete the stored attribute ``name`` of ``obj`` if it has one."""
    if name in aq_base(obj).__dict__:
        delattr(aq_base(obj), name)


def link_from_attribute(obj, name, *, kind, outgoing, handover=None) -> int:
    """Turn the UID stored in ``obj``'s attribute ``name`` into a ``kind``
    link (``obj`` → the other when ``outgoing``, else the other → ``obj``),
    remember the hand-over that made the target, drop the attribute.

    Returns the number of links made (0 or 1). A UID whose document is gone
    is logged and skipped; the attribute goes in every case."""
    uid = stored_value(obj, name, _MISSING)  # wakes a ghost up
    if uid is _MISSING:
        return 0
    made = 0
    other = by_uid(uid)
    if other is None:
        if uid:
            logger.warning("%s: %s %s is gone, skipped", obj.absolute_url(1), name, uid)
    else:
        source, target = (obj, other) if outgoing else (other, obj)
        made = int(bool(links.link(source=source, target=target, kind=kind)))
        if handover:
            remember_handover(target, handover, source)
    drop(obj, name)
    return made
