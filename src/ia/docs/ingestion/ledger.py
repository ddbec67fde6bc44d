"""The ledger of ingested documents: idempotency key → mail UID.

An ``OOBTree`` in an annotation of ``/courrier``, written in the same
transaction as the mail it names: once the transaction is committed the
key is known, and a document with a known key is never ingested again.
Two transactions adding the same key conflict (BTrees refuse to resolve
two inserts of one key), so the loser retries and finds the key.
"""

from BTrees.OOBTree import OOBTree
from zope.annotation.interfaces import IAnnotations


ANNOTATION = "ia.docs.ingest_ledger"
KEY_ATTRIBUTE = "ia_ingest_key"


def ledger(area, create=False):
    """The area's ledger (``None`` before the first ingestion, unless ``create``)."""
    annotations = IAnnotations(area)
    tree = annotations.get(ANNOTATION)
    if tree is None and create:
        tree = annotations[ANNOTATION] = OOBTree()
    return tree


def lookup(area, key: str) -> str | None:
    tree = ledger(area)
    return None if tree is None else tree.get(key)


def record(area, key: str, mail) -> None:
    """Note ``key`` → ``mail`` (and the key on the mail, for audits)."""
    setattr(mail, KEY_ATTRIBUTE, key)
    ledger(area, create=True)[key] = mail.UID()


def entries(area) -> dict:
    tree = ledger(area)
    return {} if tree is None else dict(tree.items())
