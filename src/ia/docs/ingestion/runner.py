"""The batch: every pending document ingested once, bad ones quarantined.

Per batch of ``batch_size`` documents, in one transaction: for each
document, look its key up in the ledger (known → skipped), check it (the
checks write nothing), create the mail and record its key; then
commit, and only then remove the ingested files and quarantine the
rejected ones. A crash before the commit leaves the files (the re-run
ingests them); a crash after leaves keys that the re-run skips and cleans.
A ``ConflictError`` (another run, or a user numbering a mail) aborts the
batch and plays it again: the ledger then tells what the other run took.
A document whose creation fails half-way also aborts the batch, which is
played again without it: a rejected document leaves nothing in the site.
"""

from contextlib import nullcontext
from dataclasses import dataclass
from dataclasses import field
from ia.docs.area import get_mail_area
from ia.docs.ingestion import files
from ia.docs.ingestion.create import Resolver
from ia.docs.ingestion.create import resolve_fields
from ia.docs.ingestion.create import write_mail
from ia.docs.ingestion.files import Rejected
from ia.docs.ingestion.ledger import lookup
from ia.docs.ingestion.ledger import record
from ia.docs.ingestion.lock import folder_lock
from ia.docs.ingestion.settings import get_settings
from ia.docs.ingestion.settings import layout_for
from ia.docs.ingestion.sources import list_pending
from ia.docs.ingestion.sources import prepare
from plone import api
from ZODB.POSException import ConflictError
from zope.i18n import translate
import random
import time
import transaction


RETRIES = 20
INGESTED, SKIPPED, REJECTED, GONE = "ingested", "skipped", "rejected", "gone"


@dataclass
class Summary:
    ingested: int = 0
    skipped: int = 0
    rejected: list = field(default_factory=list)  # (name, reason)
    references: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "ingested": self.ingested,
            "skipped": self.skipped,
            "rejected": [{"name": n, "reason": r} for n, r in self.rejected],
            "references": self.references,
        }


@dataclass
class Outcome:
    status: str
    item: object
    error: Rejected | None = None
    reference: str | None = None


def _language():
    try:
        return api.portal.get_default_language() or "fr"
    except Exception:  # noqa: BLE001 - no site language: French
        return "fr"


def _text(message, language):
    return translate(message, target_language=language, default=str(message))


class WriteFailed(Exception):
    """Creating the mail of ``item`` failed after something was written:
    the batch is aborted and played again without it."""

    def __init__(self, item, error):
        super().__init__(item.name)
        self.item = item
        self.error = error


def ingest_one(area, item, settings, resolver) -> Outcome:
    """Check, then write one document. Checks write nothing, so a rejected
    document needs no rollback; a failure while writing raises
    :class:`WriteFailed` (no savepoint per document: they cost ~12 %)."""
    try:
        prepare(item, settings)
    except FileNotFoundError:
        return Outcome(GONE, item)
    if item.key and lookup(area, item.key):
        return Outcome(SKIPPED, item)
    if item.error is not None:
        return Outcome(REJECTED, item, item.error)
    try:
        document = item.build()
        fields = resolve_fields(document, resolver)
    except ConflictError:
        raise
    except FileNotFoundError:
        return Outcome(GONE, item)
    except Exception as exc:  # noqa: BLE001 - bad input must not stop the batch
        return Outcome(REJECTED, item, _rejection(exc))
    try:
        mail = write_mail(area, fields, document, resolver)
        record(area, item.key, mail)
    except ConflictError:
        raise
    except Exception as exc:  # noqa: BLE001 - replayed without this document
        raise WriteFailed(item, _rejection(exc)) from exc
    return Outcome(INGESTED, item, reference=getattr(mail, "reference", None))


def _rejection(exc):
    from ia.docs import _

    if isinstance(exc, Rejected):
        return exc
    detail = getattr(exc, "doc", None)
    message = detail() if callable(detail) else None
    return Rejected(
        message or _("msg_ingest_failed", default="The mail could not be created."),
        f"{exc.__class__.__name__}: {exc}"[:1000],
    )


def _play(area, batch, settings, resolver, failed) -> list[Outcome]:
    outcomes = []
    with api.env.adopt_roles(["Manager"]):
        for item in batch:
            if id(item) in failed:
                outcomes.append(Outcome(REJECTED, item, failed[id(item)]))
            else:
                outcomes.append(ingest_one(area, item, settings, resolver))
    return outcomes


def ingest_batch(area, batch, settings, resolver) -> list[Outcome]:
    """One transaction for ``batch``, played again on conflicts and without
    a document whose writing failed."""
    failed, conflicts = {}, 0
    while True:
        try:
            outcomes = _play(area, batch, settings, resolver, failed)
            transaction.commit()
            return outcomes
        except WriteFailed as exc:
            transaction.abort()
            failed[id(exc.item)] = exc.error
        except ConflictError:
            transaction.abort()
            conflicts += 1
            if conflicts >= RETRIES:
                raise
            time.sleep(random.uniform(0, 0.05 * conflicts))


def finish(outcomes, layout, summary, language) -> None:
    """After the commit: clean ingested and skipped files, quarantine the rest."""
    for outcome in outcomes:
        item = outcome.item
        if outcome.status in (INGESTED, SKIPPED):
            files.remove(item.files)
            if outcome.status == INGESTED:
                summary.ingested += 1
                summary.references.append(outcome.reference)
            else:
                summary.skipped += 1
        elif outcome.status == REJECTED:
            headline = _text(outcome.error.message, language)
            files.quarantine(
                item.files, layout.quarantine, headline, outcome.error.details
            )
            summary.rejected.append((files.printable(item.name), headline))


def run(portal, folder=None, *, limit=None, progress=None, batch_size=None, lock=True):
    """Ingest what waits in the drop folder of ``portal``; a :class:`Summary`.

    ``progress(done, total, name)`` is called after each batch.
    Raises ``settings.FolderError`` or ``lock.Locked`` before any work.
    """
    settings = get_settings(folder=folder, batch_size=batch_size)
    layout = layout_for(settings.folder)
    area = get_mail_area(portal)
    language = _language()
    summary = Summary()
    with folder_lock(layout.root) if lock else nullcontext():
        pending = list_pending(layout)
        if limit is not None:
            pending = pending[: max(0, limit)]
        with api.env.adopt_roles(["Manager"]):
            resolver = Resolver(settings)
        size, total = settings.batch_size, len(pending)
        for start in range(0, total, size):
            batch = pending[start : start + size]
            outcomes = ingest_batch(area, batch, settings, resolver)
            finish(outcomes, layout, summary, language)
            if progress is not None:
                progress(min(start + size, total), total, batch[-1].name)
    return summary
