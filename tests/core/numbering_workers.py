"""Two Zope threads on one database, for the numbering's concurrency tests.

``Worker`` is one ZODB connection with its own transaction manager, taking
numbers of register ``E`` in 2026 (pattern set by ``numbering_db``).
"""

from ia.core.numbering import api as numbering
from plone.app.testing import PLONE_SITE_ID
import transaction


REGISTER = "E"
YEAR = 2026


def set_pattern():
    from plone import api

    api.portal.set_registry_record(
        numbering.PATTERNS_RECORD, ["E|E/{year}/{number:05d}|creation"]
    )
    transaction.commit()


class Worker:
    """One connection with its own transaction manager, like one Zope thread."""

    def __init__(self, db):
        self.tm = transaction.TransactionManager()
        self.conn = db.open(transaction_manager=self.tm)
        self.portal = self.conn.root()["Application"][PLONE_SITE_ID]

    def allocate(self):
        return numbering.allocate(REGISTER, YEAR, portal=self.portal)

    def close(self):
        self.tm.abort()
        self.conn.close()
