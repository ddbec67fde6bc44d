"""``ia-backup`` / ``ia-restore``: one command each, for every storage.

    ia-backup  [--var var] [--storage filestorage|zeo|relstorage] [--to backups]
    ia-restore [--var var] [--storage ...] [--from backups] [--date YYYY-MM-DD-hh-mm-ss]

FileStorage and ZEO: ``repozo`` (incremental; full the first time, after
a pack, or with ``--full``) of ``<var>/filestorage/Data.fs`` into
``<to>/repozo``, *then* the blobs copied into ``<to>/blobstorage`` (new
files only, nothing removed: blob files never change once written, and the
copy taken after repozo holds every blob its transactions refer to — do not
pack during a backup). It runs while the instances serve.
RelStorage: ``pg_dump -Fc`` of the database (objects and blobs, one
consistent snapshot) into ``<to>/postgres/ia-<date>.dump``.

Restore with every process stopped (``ia-restore`` refuses a locked
FileStorage): repozo rebuilds Data.fs (the latest or ``--date`` point), the
blobs are copied back; RelStorage loads the latest (or named) dump.
"""

from datetime import datetime
from ia.policy.storage import KINDS
from ia.policy.storage import Storage
from pathlib import Path
import argparse
import os
import shutil
import subprocess
import sys
import time


BIN = Path(sys.executable).parent


def _copy_new(source: Path, target: Path) -> int:
    """Copy the files of ``source`` missing in ``target``; their number."""
    copied = 0
    for folder, _dirs, files in os.walk(source):
        relative = Path(folder).relative_to(source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        for name in files:
            destination = target / relative / name
            if not destination.exists() or name == ".layout":
                shutil.copy2(Path(folder) / name, destination)
                copied += 1
    return copied


def _after_last_backup(repozo: Path) -> None:
    """repozo names its files by the second (UTC): a backup taken in the
    same second as the previous one would sort before it and be ignored at
    restore. Wait for the next second (at most one)."""
    stamps = sorted(path.name.split(".")[0] for path in repozo.glob("*-*-*-*-*-*.*"))
    while stamps and time.strftime("%Y-%m-%d-%H-%M-%S", time.gmtime()) <= stamps[-1]:
        time.sleep(0.05)


def backup(storage: Storage, to: Path, full=False) -> str:
    to.mkdir(parents=True, exist_ok=True)
    if storage.kind == "relstorage":
        from ia.policy import pgcluster

        target = to / "postgres" / f"ia-{datetime.now():%Y-%m-%d-%H-%M-%S}.dump"
        target.parent.mkdir(parents=True, exist_ok=True)
        pgcluster.dump(storage, target)
        return f"PostgreSQL dump {target}"
    repozo = to / "repozo"
    repozo.mkdir(exist_ok=True)
    data_fs = storage.var / "filestorage" / "Data.fs"
    _after_last_backup(repozo)
    argv = [str(BIN / "repozo"), "-B", "-z", "-r", str(repozo), "-f", str(data_fs)]
    subprocess.run([*argv, "-F"] if full else argv, check=True)
    copied = _copy_new(storage.blob_dir, to / "blobstorage")
    return f"repozo {repozo}, {copied} blob file(s) copied to {to / 'blobstorage'}"


def restore(storage: Storage, source: Path, date=None) -> str:
    if storage.kind == "relstorage":
        from ia.policy import pgcluster

        dumps = sorted((source / "postgres").glob("ia-*.dump"))
        if date:
            dumps = [d for d in dumps if d.name <= f"ia-{date}.dump"]
        if not dumps:
            raise SystemExit(f"ia-restore: no dump in {source / 'postgres'}")
        pgcluster.start(storage)
        pgcluster.restore(storage, dumps[-1])
        return f"database restored from {dumps[-1]}"
    data_fs = storage.var / "filestorage" / "Data.fs"
    lock = data_fs.with_name("Data.fs.lock")
    if lock.exists():
        _refuse_if_locked(lock)
    data_fs.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", ".index", ".tmp"):
        Path(f"{data_fs}{suffix}").unlink(missing_ok=True)
    argv = [str(BIN / "repozo"), "-R", "-r", str(source / "repozo"), "-o", str(data_fs)]
    subprocess.run([*argv, "-D", date] if date else argv, check=True)
    copied = _copy_new(source / "blobstorage", storage.blob_dir)
    return f"{data_fs} restored, {copied} blob file(s) copied back"


def _refuse_if_locked(lock: Path) -> None:
    import zc.lockfile

    try:
        zc.lockfile.LockFile(str(lock)).close()
    except zc.lockfile.LockError:
        raise SystemExit(
            "ia-restore: the database is in use: stop the instances (and the ZEO server) first"
        ) from None


def _parser(prog, folder_option):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--var", type=Path, default=Path("var"))
    parser.add_argument("--storage", choices=KINDS, default="filestorage")
    parser.add_argument(
        folder_option, dest="folder", type=Path, default=Path("backups")
    )
    return parser


def backup_main(argv=None) -> int:
    parser = _parser("ia-backup", "--to")
    parser.add_argument("--full", action="store_true", help="a full repozo backup")
    args = parser.parse_args(argv)
    storage = Storage(args.storage, args.var.resolve())
    print(f"ia-backup: {backup(storage, args.folder.resolve(), args.full)}")
    return 0


def restore_main(argv=None) -> int:
    parser = _parser("ia-restore", "--from")
    parser.add_argument("--date", help="restore point (repozo: YYYY-MM-DD[-hh-mm-ss])")
    args = parser.parse_args(argv)
    storage = Storage(args.storage, args.var.resolve())
    print(f"ia-restore: {restore(storage, args.folder.resolve(), args.date)}")
    return 0
