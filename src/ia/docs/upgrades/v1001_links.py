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

from ia.core.links import api as links
from ia.core.links import migration
from ia.core.orgchart.storage import stored_value
from plone import api
from zc.relation.interfaces import ICatalog
from zope.component import queryUtility
import logging


logger = logging.getLogger("ia.docs.upgrades")

OLD_RELATION = "replies_to"
OLD_DELIB_UID = "delib_item_uid"
OLD_ACTION = "ia_send_to_delib"


def migrate_replies() -> int:
    """``replies_to`` relations → ``ia.reply_to`` links; the count made."""
    made = 0
    for outgoing in migration.documents("IaOutgoingMail"):
        for relation in stored_value(outgoing, OLD_RELATION) or ():
            target = None if relation.isBroken() else relation.to_object
            if target is None:
                logger.warning(
                    "%s: a reply_to relation to a gone mail, skipped",
                    outgoing.absolute_url(1),
                )
                continue
            made += links.link(source=outgoing, target=target, kind="ia.reply_to")
            migration.remember_handover(outgoing, "ia.docs.reply", target)
        migration.drop(outgoing, OLD_RELATION)
    catalog = queryUtility(ICatalog)
    if catalog is not None:
        for relation in list(catalog.findRelations({"from_attribute": OLD_RELATION})):
            catalog.unindex(relation)
    return made


def migrate_delib_items() -> int:
    """``delib_item_uid`` → ``ia.gave_rise_to`` mail → item; the count made."""
    return sum(
        migration.link_from_attribute(
            mail, OLD_DELIB_UID, kind="ia.gave_rise_to", outgoing=True
        )
        for mail in migration.documents("IaIncomingMail")
    )


def remove_old_action() -> None:
    fti = api.portal.get_tool("portal_types").get("IaIncomingMail")
    if fti is None:
        return
    ids = [action.getId() for action in fti.listActions()]
    if OLD_ACTION in ids:
        fti.deleteActions([ids.index(OLD_ACTION)])


def upgrade(setup) -> None:
    migration.core_links_ready(setup)
    replies = migrate_replies()
    items = migrate_delib_items()
    remove_old_action()
    logger.info("ia.docs 1001: %d reply links, %d item links", replies, items)
