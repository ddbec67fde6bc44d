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
# key → sha256 of the content, for the keys that are not the content's hash
# (``scan:<id>``, ``message-id:<id>``): the same key with other content is
# a conflict, never "already done".
DIGESTS = "ia.docs.ingest_digests"
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


def record(area, key: str, mail, digest: str | None = None) -> None:
    """Note ``key`` → ``mail`` (and the key on the mail, for audits), and
    the content's ``digest`` when the key is not it."""
    setattr(mail, KEY_ATTRIBUTE, key)
    ledger(area, create=True)[key] = mail.UID()
    if digest and digest != key:
        annotations = IAnnotations(area)
        tree = annotations.get(DIGESTS)
        if tree is None:
            tree = annotations[DIGESTS] = OOBTree()
        tree[key] = digest


def recorded_digest(area, key: str) -> str | None:
    """The digest recorded with ``key`` (``None`` for keys recorded before
    digests were, or that are a digest themselves)."""
    tree = IAnnotations(area).get(DIGESTS)
    return None if tree is None else tree.get(key)


def entries(area) -> dict:
    tree = ledger(area)
    return {} if tree is None else dict(tree.items())
