"""What waits in the drop folder, and how each pending file becomes a
:class:`Document`.

* ``scans/<name>.pdf`` with ``scans/<name>.json`` (its sidecar) and the
  files its ``attachments`` key names;
* ``mail/<name>.eml``.

A :class:`Pending` knows its idempotency key and its files before the
document is built, so that an already ingested document is skipped (and
its files cleaned) even if its sidecar became invalid since.
"""

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from ia.docs import _
from ia.docs.ingestion import eml
from ia.docs.ingestion import sidecar
from ia.docs.ingestion.document import Document
from ia.docs.ingestion.document import FileData
from ia.docs.ingestion.files import Rejected
from ia.docs.ingestion.files import check_name
from ia.docs.ingestion.files import check_pdf
from ia.docs.ingestion.files import ignored
from ia.docs.ingestion.files import read_file
from ia.docs.ingestion.files import sha256
from pathlib import Path
import mimetypes
import os


SIDECAR_MAX_BYTES = 1024 * 1024


@dataclass
class Pending:
    name: str  # shown in the summary: "scans/x.pdf", "mail/y.eml"
    path: Path
    files: list[Path] = field(default_factory=list)
    base_files: list[Path] = field(default_factory=list)  # without attachments
    key: str | None = None
    digest: str | None = None  # "sha256:<hex>" of the PDF or of the .eml
    error: Rejected | None = None
    build: Callable[[], Document] | None = None


def _names(folder: Path) -> list[str]:
    try:
        return sorted(n for n in os.listdir(folder) if not ignored(n))
    except FileNotFoundError:
        return []


def _sidecar_of(folder: Path, pdf_name: str, names: set) -> str | None:
    stem = pdf_name[: -len(".pdf")]
    for candidate in (stem + ".json", stem + ".JSON"):
        if candidate in names:
            return candidate
    return None


def referenced_attachments(folder: Path, names: list[str]) -> set:
    """Names listed by the sidecars' ``attachments`` (not documents themselves)."""
    result = set()
    for name in names:
        if not name.lower().endswith(".json"):
            continue
        try:
            values = sidecar.parse(read_file(folder / name, SIDECAR_MAX_BYTES))
        except (Rejected, OSError):
            continue
        result.update(values["attachments"])
    return result


def list_pending(layout) -> list[Pending]:
    """The documents waiting, scans first, each name once, sorted."""
    scans = _names(layout.scans)
    attached = referenced_attachments(layout.scans, scans)
    names = set(scans)
    pending = [
        Pending(f"scans/{n}", layout.scans / n)
        for n in scans
        if n.lower().endswith(".pdf") and n not in attached
    ]
    for item in pending:
        json_name = _sidecar_of(layout.scans, item.path.name, names)
        item.files = [item.path] + ([layout.scans / json_name] if json_name else [])
        item.base_files = list(item.files)
    pending += [
        Pending(f"mail/{n}", layout.mail / n, [layout.mail / n])
        for n in _names(layout.mail)
        if n.lower().endswith(".eml")
    ]
    return pending


def counts(layout) -> dict:
    """How many files wait, for ``GET @ia-ingestion``."""
    pending = list_pending(layout)
    return {
        "scans": sum(1 for p in pending if p.name.startswith("scans/")),
        "mail": sum(1 for p in pending if p.name.startswith("mail/")),
        "quarantine": len(
            [n for n in _names(layout.quarantine) if not n.endswith(".reason")]
        ),
    }


def prepare(item: Pending, settings) -> Pending:
    """Read the files of ``item``: set its key and its builder, or its error.
    ``FileNotFoundError`` goes through (another run took the document)."""
    try:
        check_name(item.path.name)
        data = read_file(item.path, settings.max_bytes)
    except Rejected as exc:
        item.error = exc
        return item
    if item.name.startswith("mail/"):
        return _prepare_eml(item, data, settings)
    return _prepare_scan(item, data, settings)


def _prepare_eml(item, data, settings):
    item.digest = "sha256:" + sha256(data)
    try:
        message_id = eml.precheck(data)
    except Rejected as exc:
        item.error = exc
        return item
    item.key = f"message-id:{message_id}" if message_id else item.digest

    def build():
        try:
            document = eml.parse(data, item.key, item.path.name)
        except Rejected:
            raise
        except Exception as exc:  # noqa: BLE001 - any broken message is rejected
            raise Rejected(
                _("msg_ingest_bad_eml", default="The e-mail cannot be read."),
                f"{exc.__class__.__name__}: {exc}",
            ) from exc
        document.mail_type = settings.mail_type
        return document

    item.build = build
    return item


def _prepare_scan(item, data, settings):
    item.key = item.digest = "sha256:" + sha256(data)
    values = None
    if len(item.files) > 1:
        try:
            values = sidecar.parse(read_file(item.files[1], SIDECAR_MAX_BYTES))
        except Rejected as exc:
            item.error = exc
            return item
    elif settings.require_sidecar:
        item.error = Rejected(
            _(
                "msg_ingest_no_sidecar",
                default="No sidecar: ${name} needs a JSON file of the same name.",
                mapping={"name": item.path.name[:-4] + ".json"},
            )
        )
        return item
    values = values or {"attachments": [], "scan_id": None}
    if values["scan_id"]:
        item.key = "scan:" + values["scan_id"]
    folder = item.path.parent
    item.files = list(item.base_files) + [
        folder / n for n in values["attachments"] if os.path.lexists(folder / n)
    ]

    def build():
        check_pdf(data, item.path.name)
        attachments = []
        for name in values["attachments"]:
            path = folder / name
            if not os.path.lexists(path):
                raise Rejected(
                    _(
                        "msg_ingest_missing_attachment",
                        default="Missing attachment: ${name}.",
                        mapping={"name": name},
                    )
                )
            ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
            attachments.append(
                FileData(name, read_file(path, settings.max_bytes), ctype)
            )
        return Document(
            key=item.key,
            title=values.get("subject") or item.path.name[:-4],
            mail_type=values.get("mail_type") or "",
            reception_date=values.get("reception_date"),
            treating_services=values.get("treating_services") or [],
            copy_services=values.get("copy_services") or [],
            sender=values.get("sender"),
            sender_email=values.get("sender_email"),
            assigned_agent=values.get("assigned_agent"),
            description=values.get("description") or "",
            main_file=FileData(item.path.name, data, "application/pdf"),
            attachments=attachments,
        )

    item.build = build
    return item
