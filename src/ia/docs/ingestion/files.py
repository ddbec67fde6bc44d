"""Files of the drop folder: safe names, size and PDF checks, quarantine.

Nothing here touches the site: these helpers only read, move and remove
files, and raise :class:`Rejected` for bad input.
"""

from ia.docs import _
from pathlib import Path
import hashlib
import os
import re
import stat


MAX_NAME_CHARS = 200
PDF_MAGIC = b"%PDF-"
IGNORED_SUFFIXES = (".tmp", ".part", ".reason")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Rejected(Exception):
    """A document that cannot be ingested: ``message`` (i18n) + ``details``."""

    def __init__(self, message, details: str = ""):
        super().__init__(message)
        self.message = message
        self.details = details


def ignored(name: str) -> bool:
    """Hidden and temporary files (a scanner still writing) are left alone."""
    return name.startswith(".") or name.lower().endswith(IGNORED_SUFFIXES)


def check_name(name) -> str:
    """``name`` as a plain file name of the drop folder, or :class:`Rejected`."""
    if not isinstance(name, str) or not name:
        raise Rejected(
            _(
                "msg_ingest_bad_name",
                default="Invalid file name: ${name}.",
                mapping={"name": repr(name)},
            )
        )
    try:
        name.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Rejected(
            _(
                "msg_ingest_name_encoding",
                default="The file name is not valid UTF-8: ${name}.",
                mapping={"name": printable(name)},
            ),
        ) from exc
    if (
        "/" in name
        or "\\" in name
        or name in (".", "..")
        or _CONTROL.search(name)
        or os.path.isabs(name)
    ):
        raise Rejected(
            _(
                "msg_ingest_bad_name",
                default="Invalid file name: ${name}.",
                mapping={"name": printable(name)},
            ),
            "Only plain file names of the same folder are accepted "
            "(no path, no '..', no control character).",
        )
    if len(name) > MAX_NAME_CHARS:
        raise Rejected(
            _(
                "msg_ingest_long_name",
                default="The file name is longer than ${max} characters.",
                mapping={"max": MAX_NAME_CHARS},
            ),
            printable(name),
        )
    return name


def printable(name: str) -> str:
    return name.encode("utf-8", "backslashreplace").decode("utf-8")[:300]


# Opened without following a symlink, without blocking on a pipe, never
# as a controlling terminal; what was opened is then checked (fstat).
OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def not_regular(path: Path, details: str = "") -> Rejected:
    return Rejected(
        _(
            "msg_ingest_not_regular",
            default="${name} is not a regular file of the drop folder (a link, "
            "a folder, a pipe or a device): it was not read.",
            mapping={"name": printable(path.name)},
        ),
        details,
    )


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, a regular file lying in its folder.

    The file is opened without following a symlink (``O_NOFOLLOW``) nor
    blocking (a FIFO), then checked on the opened descriptor: a regular
    file with a single link (a hard link may point at a file of another
    folder). Anything else, or a file larger than ``max_bytes``, is
    :class:`Rejected`; ``FileNotFoundError`` goes through (another
    process took the file).
    """
    try:
        fd = os.open(path, OPEN_FLAGS)
    except FileNotFoundError:
        raise
    except OSError as exc:  # ELOOP: a symlink; ENXIO: a socket...
        if os.path.islink(path) or not os.path.isfile(path):
            raise not_regular(path, str(exc)) from exc
        raise Rejected(
            _(
                "msg_ingest_unreadable",
                default="The file ${name} cannot be read.",
                mapping={"name": printable(path.name)},
            ),
            str(exc),
        ) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            raise not_regular(path, f"mode {info.st_mode:o}, links {info.st_nlink}")
        if info.st_size > max_bytes:
            raise too_large(path, info.st_size, max_bytes)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, 1024 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:  # it grew while being read
                raise too_large(path, size, max_bytes)
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise Rejected(
            _(
                "msg_ingest_unreadable",
                default="The file ${name} cannot be read.",
                mapping={"name": printable(path.name)},
            ),
            str(exc),
        ) from exc
    finally:
        os.close(fd)


def too_large(path: Path, size: int, max_bytes: int) -> Rejected:
    return Rejected(
        _(
            "msg_ingest_too_large",
            default="The file ${name} weighs ${size} bytes, more than the maximum of ${max}.",
            mapping={"name": printable(path.name), "size": size, "max": max_bytes},
        ),
    )


def is_pdf(data: bytes) -> bool:
    """``data`` is a PDF by its bytes (see :func:`check_pdf`)."""
    try:
        check_pdf(data, "")
    except Rejected:
        return False
    return True


def check_pdf(data: bytes, name: str) -> None:
    """A PDF starts with ``%PDF-`` (maybe after a little garbage, as
    readers accept) and has an end-of-file marker near its end."""
    head = data[:1024]
    if PDF_MAGIC not in head:
        raise Rejected(
            _(
                "msg_ingest_not_pdf",
                default="The file ${name} is not a PDF.",
                mapping={"name": printable(name)},
            ),
            "No %PDF- header in the first 1024 bytes.",
        )
    if b"%%EOF" not in data[-2048:] or b"obj" not in data:
        raise Rejected(
            _(
                "msg_ingest_broken_pdf",
                default="The PDF ${name} is truncated or damaged.",
                mapping={"name": printable(name)},
            ),
            "No object or no %%EOF marker at the end of the file.",
        )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def remove(paths) -> None:
    """Remove files; a file already gone (another run) is fine."""
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    if not os.path.lexists(target):
        return target
    stem, dot, suffix = name.partition(".")
    for n in range(2, 10000):
        candidate = folder / f"{stem}-{n}{dot}{suffix}"
        if not os.path.lexists(candidate):
            return candidate
    return folder / f"{stem}-{sha256(os.urandom(8))[:12]}{dot}{suffix}"


def _reason_name(name: str) -> str:
    if len(name.encode("utf-8", "surrogateescape")) > MAX_NAME_CHARS:
        digest = sha256(name.encode("utf-8", "surrogateescape"))[:12]
        name = printable(name)[:100] + "-" + digest
    return name + ".reason"


def quarantine(paths, folder: Path, headline: str, details: str = "") -> Path | None:
    """Move ``paths`` (the first is the document) to ``folder`` and write the
    ``.reason`` next to the document: one line, then the details. Files
    already gone are skipped; returns the reason file."""
    moved = []
    for path in paths:
        target = _free_name(folder, path.name)
        try:
            os.replace(path, target)
        except FileNotFoundError:
            continue
        moved.append(target)
    if not moved:
        return None
    reason = folder / _reason_name(moved[0].name)
    lines = [headline.strip()]
    if details:
        lines += ["", details.strip()]
    if len(moved) > 1:
        lines += ["", "Fichiers : " + ", ".join(printable(p.name) for p in moved)]
    reason.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return reason
