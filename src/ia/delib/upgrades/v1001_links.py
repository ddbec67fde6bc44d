"""1000 → 1001: the links of iA.Delib items move to the core's links.

- ``council_item_uid`` (college item) / ``college_item_uid`` (council item)
  → one ``ia.gave_rise_to`` link college item → council item;
- ``docs_mail_uid`` (an item made from an incoming mail) → an
  ``ia.gave_rise_to`` link mail → item.

The attributes go. Idempotent; a UID whose document is gone is skipped and
logged.
"""

from ia.core.links import migration
import logging


logger = logging.getLogger("ia.delib.upgrades")

KIND = "ia.gave_rise_to"
# attribute: (does the item point to the target?, the hand-over that makes it)
OLD_ATTRIBUTES = {
    "council_item_uid": (True, "ia.delib.council_item_from_college_item"),
    "college_item_uid": (False, "ia.delib.council_item_from_college_item"),
    "docs_mail_uid": (False, "ia.delib.item_from_document"),
}


def migrate_item(item) -> int:
    return sum(
        migration.link_from_attribute(
            item, name, kind=KIND, outgoing=outgoing, handover=handover
        )
        for name, (outgoing, handover) in OLD_ATTRIBUTES.items()
    )


def upgrade(setup) -> None:
    migration.core_links_ready(setup)
    made = sum(migrate_item(item) for item in migration.documents("IaDelibItem"))
    logger.info("ia.delib 1001: %d links made from the items' old UIDs", made)
