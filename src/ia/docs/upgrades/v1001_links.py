"""1000 → 1001: the links of iA.Docs move to the core's links.

- every ``replies_to`` relation of an outgoing mail → an ``ia.reply_to``
  link (reply → incoming mail); the relations and the attribute go;
- every ``delib_item_uid`` of an incoming mail → an ``ia.gave_rise_to``
  link (mail → the item made from it); the attribute goes (the item's
  ``docs_mail_uid``, and which hand-over made the item, are its own
  product's upgrade);
- the *Créer un point de délibération* action of the incoming mail type
  goes: the core's *Transmettre* action offers the hand-over.

Idempotent; a relation or UID whose document is gone is skipped and logged.
"""

from Acquisition import aq_base
from ia.core.handovers.api import ANNOTATION as HANDOVER_ORIGIN
from ia.core.links import api as links
from ia.core.orgchart.storage import stored_value
from plone import api
from zc.relation.interfaces import ICatalog
from zope.annotation.interfaces import IAnnotations
from zope.component import queryUtility
import logging


logger = logging.getLogger("ia.docs.upgrades")

OLD_RELATION = "replies_to"
OLD_DELIB_UID = "delib_item_uid"
OLD_ACTION = "ia_send_to_delib"
LINKED_INDEX = "ia_linked_uids"


def _objects(portal_type):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
        yield brain._unrestrictedGetObject()


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


def _stored(obj, name):
    """The attribute as stored (the object woken up first: a ghost's
    ``__dict__`` is empty), None when absent."""
    return stored_value(obj, name)


def _drop(obj, name) -> None:
    if name in aq_base(obj).__dict__:
        delattr(aq_base(obj), name)


def _core_first(setup) -> None:
    """The links need the core's ``ia_linked_uids`` index (its own upgrade)."""
    if LINKED_INDEX not in api.portal.get_tool("portal_catalog").indexes():
        setup.upgradeProfile("ia.core:default")


def migrate_replies() -> int:
    """``replies_to`` relations → ``ia.reply_to`` links; the count made."""
    made = 0
    for outgoing in _objects("IaOutgoingMail"):
        for relation in _stored(outgoing, OLD_RELATION) or ():
            target = None if relation.isBroken() else relation.to_object
            if target is None:
                logger.warning(
                    "%s: a reply_to relation to a gone mail, skipped",
                    outgoing.absolute_url(1),
                )
                continue
            made += links.link(source=outgoing, target=target, kind="ia.reply_to")
            remember_handover(outgoing, "ia.docs.reply", target)
        _drop(outgoing, OLD_RELATION)
    catalog = queryUtility(ICatalog)
    if catalog is not None:
        for relation in list(catalog.findRelations({"from_attribute": OLD_RELATION})):
            catalog.unindex(relation)
    return made


def migrate_delib_items() -> int:
    """``delib_item_uid`` → ``ia.gave_rise_to`` mail → item; the count made."""
    made = 0
    for mail in _objects("IaIncomingMail"):
        uid = _stored(mail, OLD_DELIB_UID)
        if uid is None:
            _drop(mail, OLD_DELIB_UID)
            continue
        item = _by_uid(uid)
        if item is None:
            logger.warning(
                "%s: %s %s is gone, skipped", mail.absolute_url(1), OLD_DELIB_UID, uid
            )
        else:
            made += links.link(source=mail, target=item, kind="ia.gave_rise_to")
        _drop(mail, OLD_DELIB_UID)
    return made


def remove_old_action() -> None:
    fti = api.portal.get_tool("portal_types").get("IaIncomingMail")
    if fti is None:
        return
    ids = [action.getId() for action in fti.listActions()]
    if OLD_ACTION in ids:
        fti.deleteActions([ids.index(OLD_ACTION)])


def upgrade(setup) -> None:
    _core_first(setup)
    replies = migrate_replies()
    items = migrate_delib_items()
    remove_old_action()
    logger.info("ia.docs 1001: %d reply links, %d item links", replies, items)
