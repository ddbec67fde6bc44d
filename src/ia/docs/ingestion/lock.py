"""One ingestion at a time per drop folder: the lock file ``.ia-ingest.lock``.

It holds ``<pid> <host> <time>``. A lock is stale, and taken over, when its
process no longer runs on this host or when it is older than
``STALE_SECONDS`` (a run killed on another host of a shared folder).
"""

from contextlib import contextmanager
from ia.docs import _
import os
import socket
import time


NAME = ".ia-ingest.lock"
STALE_SECONDS = 6 * 3600


class Locked(RuntimeError):
    """Another ingestion holds the folder (message is an i18n message)."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(text: str, now: float | None = None) -> bool:
    try:
        pid, host, started = text.split()
        pid, started = int(pid), float(started)
    except ValueError:
        return True  # unreadable: a run died while writing it
    if (now or time.time()) - started > STALE_SECONDS:
        return True
    return host == socket.gethostname() and not _alive(pid)


def _try_create(path, mine: str) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as lockfile:
        lockfile.write(mine)
    return True


@contextmanager
def folder_lock(root, on_stale=None):
    """Hold ``root``'s lock for the ``with`` block (its path); it is
    released whatever happens in the block (an error, a time limit).
    ``on_stale(text)`` is called when a stale lock was taken over."""
    path = root / NAME
    mine = f"{os.getpid()} {socket.gethostname()} {time.time():.0f}"
    if not _try_create(path, mine):
        try:
            text = path.read_text()
        except FileNotFoundError:
            text = ""
        if not (text == "" or is_stale(text)) or not _take_over(path, text, mine):
            raise Locked(
                _(
                    "msg_ingest_locked",
                    default="Another ingestion is running on this folder (${held}).",
                    mapping={"held": text.strip() or "?"},
                )
            )
        if on_stale is not None:
            on_stale(text.strip() or "?")
    try:
        yield path
    finally:
        try:
            if path.read_text() == mine:
                path.unlink()
        except FileNotFoundError:
            pass


def _take_over(path, held: str, mine: str) -> bool:
    try:
        if path.read_text() != held:
            return False
        path.unlink()
    except FileNotFoundError:
        pass
    return _try_create(path, mine)
