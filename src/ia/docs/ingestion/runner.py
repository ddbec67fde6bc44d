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
from ia.core.requestcache import clear_cache
from ia.docs.area import get_mail_area
from ia.docs.ingestion import files
from ia.docs.ingestion.create import Resolver
from ia.docs.ingestion.create import resolve_fields
from ia.docs.ingestion.create import write_mail
from ia.docs.ingestion.files import Rejected
from ia.docs.ingestion.ledger import lookup
from ia.docs.ingestion.ledger import record
from ia.docs.ingestion.ledger import recorded_digest
from ia.docs.ingestion.lock import folder_lock
from ia.docs.ingestion.settings import get_settings
from ia.docs.ingestion.settings import layout_for
from ia.docs.ingestion.sources import list_pending
from ia.docs.ingestion.sources import prepare
from plone import api
from time import monotonic
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
    stopped: bool = False  # the time limit was reached
    left: int = 0  # documents left for the next run
    stale_lock: str | None = None  # the stale lock taken over, if any

    def as_dict(self) -> dict:
        return {
            "ingested": self.ingested,
            "skipped": self.skipped,
            "rejected": [{"name": n, "reason": r} for n, r in self.rejected],
            "references": self.references,
            "stopped": self.stopped,
            "left": self.left,
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
    known = _known(area, item)
    if known is not None:
        return known
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
        record(area, item.key, mail, item.digest)
    except ConflictError:
        raise
    except Exception as exc:  # noqa: BLE001 - replayed without this document
        raise WriteFailed(item, _rejection(exc)) from exc
    return Outcome(INGESTED, item, reference=getattr(mail, "reference", None))


def _known(area, item) -> Outcome | None:
    known = already_done(area, item) if item.key else None
    if known is None:
        return None
    return Outcome(SKIPPED, item) if known is True else Outcome(REJECTED, item, known)


def already_done(area, item):
    """``True`` when ``item`` was ingested (same key, same content), a
    :class:`Rejected` conflict when its key was ingested with other content
    (a scanner's counter reset, a reused ``Message-ID``), else ``None``."""
    uid = lookup(area, item.key)
    if uid is None and item.digest and item.digest != item.key:
        # the same bytes, ingested before their key was a Message-ID
        if item.key.startswith("message-id:") and lookup(area, item.digest):
            return True
        return None
    if uid is None:
        return None
    if not item.digest or item.digest == item.key:
        return True
    mail = _mail(uid)
    recorded = recorded_digest(area, item.key) or _main_file_digest(mail)
    if recorded in (None, item.digest):
        return True
    from ia.docs import _

    return Rejected(
        _(
            "msg_ingest_conflict",
            default="Conflict: ${key} was already ingested as ${reference} with "
            "other content; this document was not ingested.",
            mapping={
                "key": item.key.split(":", 1)[1][:200],
                "reference": getattr(mail, "reference", None) or "?",
            },
        ),
        f"key {item.key}, recorded content {recorded}, this content {item.digest}",
    )


def _mail(uid):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def _main_file_digest(mail) -> str | None:
    """For keys recorded before their digest was: the mail's PDF's."""
    main = getattr(mail, "main_file", None)
    data = getattr(main, "data", None)
    return None if data is None else "sha256:" + files.sha256(data)


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


def abort(area) -> None:
    """Abort, and forget what the attempt left outside the database: the
    volatile attributes (``_v_``) of objects it used without changing them
    (the catalog's text indexes keep some: the replay did not find a
    contact created again, and created a second one) and the request's
    caches. The replay then sees the site as if the attempt never was."""
    transaction.abort()
    jar = getattr(area, "_p_jar", None)
    if jar is not None:
        jar.cacheMinimize()
    clear_cache()


def ingest_batch(area, batch, settings, resolver) -> list[Outcome]:
    """One transaction for ``batch``, played again on conflicts and without
    a document whose writing failed."""
    failed, conflicts = {}, 0
    while True:
        try:
            outcomes = _play(area, batch, settings, resolver, failed)
            # The commit indexes the batch under ia.core.indexing_guard (one
            # pass of the queue at a time): no second record for a mail.
            transaction.commit()
            return outcomes
        except WriteFailed as exc:
            abort(area)
            failed[id(exc.item)] = exc.error
        except ConflictError:
            abort(area)
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


def run(
    portal,
    folder=None,
    *,
    limit=None,
    progress=None,
    batch_size=None,
    lock=True,
    max_seconds=None,
):
    """Ingest what waits in the drop folder of ``portal``; a :class:`Summary`.

    ``progress(done, total, name)`` is called after each batch. With
    ``max_seconds``, no batch starts after that time: the run stops
    cleanly (``summary.stopped``, ``summary.left``), its lock released.
    Raises ``settings.FolderError`` or ``lock.Locked`` before any work.
    """
    deadline = None if max_seconds is None else monotonic() + max_seconds
    settings = get_settings(folder=folder, batch_size=batch_size)
    layout = layout_for(settings.folder)
    area = get_mail_area(portal)
    language = _language()
    summary = Summary()

    def stale(text):
        summary.stale_lock = text

    with folder_lock(layout.root, stale) if lock else nullcontext():
        pending = list_pending(layout)
        if limit is not None:
            pending = pending[: max(0, limit)]
        with api.env.adopt_roles(["Manager"]):
            resolver = Resolver(settings)
        size, total = settings.batch_size, len(pending)
        for start in range(0, total, size):
            if deadline is not None and monotonic() >= deadline:
                summary.stopped, summary.left = True, total - start
                break
            batch = pending[start : start + size]
            outcomes = ingest_batch(area, batch, settings, resolver)
            finish(outcomes, layout, summary, language)
            if progress is not None:
                progress(min(start + size, total), total, batch[-1].name)
    return summary
