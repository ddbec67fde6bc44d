"""Backup -> destroy -> restore of a FileStorage with blobs (also ZEO's).

Content with files is committed, backed up (full, then incremental after
more content), the data folder destroyed and restored: every file reads
back the same, every count is equal. A restore over a database in use is
refused. (RelStorage's pg_dump round trip runs in the CI smoke test.)
"""

from ia.policy.backup import backup
from ia.policy.backup import restore
from ia.policy.storage import Storage
from persistent.mapping import PersistentMapping
from ZODB.blob import Blob
from ZODB.blob import BlobStorage
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
import pytest
import shutil
import transaction


def _open(storage: Storage) -> DB:
    (storage.var / "filestorage").mkdir(parents=True, exist_ok=True)
    base = FileStorage(str(storage.var / "filestorage" / "Data.fs"))
    return DB(BlobStorage(str(storage.blob_dir), base))


def _add_files(db, start, count):
    with db.transaction() as conn:
        files = conn.root().setdefault("files", PersistentMapping())
        for n in range(start, start + count):
            blob = Blob()
            with blob.open("w") as out:
                out.write(f"scan {n} ".encode() * 100)
            files[f"f{n}"] = blob


def _read_all(db) -> dict:
    with db.transaction() as conn:
        files = conn.root()["files"]
        return {key: blob.open("r").read() for key, blob in files.items()}


def test_round_trip_restores_every_file(tmp_path):
    storage = Storage("filestorage", tmp_path / "var")
    backups = tmp_path / "backups"
    db = _open(storage)
    _add_files(db, 0, 5)
    backup(storage, backups)  # while the database is open, as in production
    _add_files(db, 5, 3)
    backup(storage, backups)  # incremental
    before = _read_all(db)
    db.close()
    assert len(before) == 8

    shutil.rmtree(storage.var)
    restore(storage, backups)
    db = _open(storage)
    try:
        assert _read_all(db) == before
    finally:
        db.close()


def test_restore_refuses_a_database_in_use(tmp_path):
    storage = Storage("filestorage", tmp_path / "var")
    db = _open(storage)
    _add_files(db, 0, 1)
    backup(storage, tmp_path / "backups")
    try:
        with pytest.raises(SystemExit, match="in use"):
            restore(storage, tmp_path / "backups")
    finally:
        db.close()
    transaction.abort()
