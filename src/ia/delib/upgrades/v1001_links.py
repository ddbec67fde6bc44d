"""1000 → 1001: the links of iA.Delib items move to the core's links.

- ``council_item_uid`` (college item) / ``college_item_uid`` (council item)
  → one ``ia.gave_rise_to`` link college item → council item;
- ``docs_mail_uid`` (an item made from an incoming mail) → an
  ``ia.gave_rise_to`` link mail → item.

The attributes go. Idempotent; a UID whose document is gone is skipped and
logged.
"""

from Acquisition import aq_base
from ia.core.handovers.api import ANNOTATION as HANDOVER_ORIGIN
from ia.core.links import api as links
from ia.core.orgchart.storage import stored_value
from plone import api
from zope.annotation.interfaces import IAnnotations
import logging


logger = logging.getLogger("ia.delib.upgrades")

KIND = "ia.gave_rise_to"
MISSING = object()
LINKED_INDEX = "ia_linked_uids"
# attribute: (does the item point to the target?, the hand-over that makes it)
OLD_ATTRIBUTES = {
    "council_item_uid": (True, "ia.delib.council_item_from_college_item"),
    "college_item_uid": (False, "ia.delib.council_item_from_college_item"),
    "docs_mail_uid": (False, "ia.delib.item_from_document"),
}


def _by_uid(uid):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid) if uid else []
    return brains[0]._unrestrictedGetObject() if brains else None


def remember_handover(target, handover, source) -> None:
    """``target`` was made from ``source`` by ``handover`` (what
    ``ia.core.handovers.api.done`` reads); the first origin is kept."""
    annotations = IAnnotations(target)
    if HANDOVER_ORIGIN not in annotations:
        annotations[HANDOVER_ORIGIN] = (handover, api.content.get_uuid(source))


def _core_first(setup) -> None:
    """The links need the core's ``ia_linked_uids`` index (its own upgrade)."""
    if LINKED_INDEX not in api.portal.get_tool("portal_catalog").indexes():
        setup.upgradeProfile("ia.core:default")


def migrate_item(item) -> int:
    made = 0
    for name, (outgoing, handover) in OLD_ATTRIBUTES.items():
        uid = stored_value(item, name, MISSING)
        if uid is MISSING:
            continue
        other = _by_uid(uid)
        if other is None:
            logger.warning(
                "%s: %s %s is gone, skipped", item.absolute_url(1), name, uid
            )
        else:
            source, target = (item, other) if outgoing else (other, item)
            made += links.link(source=source, target=target, kind=KIND)
            remember_handover(target, handover, source)
        delattr(aq_base(item), name)
    return made


def upgrade(setup) -> None:
    _core_first(setup)
    catalog = api.portal.get_tool("portal_catalog")
    made = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="IaDelibItem"):
        made += migrate_item(brain._unrestrictedGetObject())
    logger.info("ia.delib 1001: %d links made from the items' old UIDs", made)
