"""The three storage variants of an instance, as ``zope.conf`` sections.

    filestorage  the embedded default: ``<var>/filestorage/Data.fs`` and
                 ``<var>/blobstorage``; one process only.
    zeo          a ZEO server (``runzeo``, ``<var>/zeo/zeo.conf``) owns
                 Data.fs; every instance and the worker are clients; the
                 blob folder is shared (``shared-blob-dir on``): clients
                 read and write ``<var>/blobstorage`` directly.
    relstorage   PostgreSQL (``ia.policy.pgcluster``); blobs are stored in
                 the database (``shared-blob-dir false``), each process
                 keeps a local cache ``<var>/blobcache-<name>``.

Why blobs in the database for RelStorage: one ``pg_dump`` is then a
complete, consistent backup (no second copy to keep in step), and the
instances need no shared file system: they may run on other hosts.
"""

from dataclasses import dataclass
from pathlib import Path


KINDS = ("filestorage", "zeo", "relstorage")
ZEO_ADDRESS = "127.0.0.1:8100"
PG_PORT = 5433
PG_DATABASE = "ia"
PG_USER = "ia"


@dataclass(frozen=True)
class Storage:
    kind: str = "filestorage"
    var: Path = Path("var")
    zeo_address: str = ZEO_ADDRESS
    pg_port: int = PG_PORT

    @property
    def blob_dir(self) -> Path:
        return self.var / "blobstorage"

    @property
    def pg_socket_dir(self) -> Path:
        return self.var / "postgres" / "run"

    @property
    def dsn(self) -> str:
        return (
            f"dbname='{PG_DATABASE}' user='{PG_USER}' "
            f"host='{self.pg_socket_dir}' port='{self.pg_port}'"
        )


def zodb_section(storage: Storage, client_name: str = "instance") -> str:
    """The ``<zodb_db main>`` section of ``zope.conf``."""
    var = storage.var
    if storage.kind == "filestorage":
        inner = f"""    <blobstorage>
        blob-dir {storage.blob_dir}
        <filestorage>
            path {var}/filestorage/Data.fs
        </filestorage>
    </blobstorage>"""
    elif storage.kind == "zeo":
        inner = f"""    <zeoclient>
        server {storage.zeo_address}
        storage 1
        name zeostorage
        blob-dir {storage.blob_dir}
        shared-blob-dir on
        cache-size 128MB
        wait on
    </zeoclient>"""
    elif storage.kind == "relstorage":
        # zope.conf starts with "%import relstorage" (ia.policy.instance)
        inner = f"""    <relstorage>
        blob-dir {var}/blobcache-{client_name}
        shared-blob-dir false
        blob-cache-size 512mb
        keep-history false
        <postgresql>
            dsn {storage.dsn}
        </postgresql>
    </relstorage>"""
    else:
        raise ValueError(
            f"unknown storage {storage.kind!r} (known: {', '.join(KINDS)})"
        )
    return f"""<zodb_db main>
    # {storage.kind} (ia.policy.storage; docs/admin.md)
    cache-size 50000
{inner}
    mount-point /
</zodb_db>"""


def zeo_conf(storage: Storage) -> str:
    """The ZEO server's configuration (``runzeo -C``)."""
    return f"""# ZEO server of the iA instances, written by ia.policy.storage: do not edit.
<zeo>
    address {storage.zeo_address}
    read-only false
    invalidation-queue-size 1000
    pid-filename {storage.var}/zeo/zeo.pid
</zeo>
<blobstorage 1>
    blob-dir {storage.blob_dir}
    <filestorage>
        path {storage.var}/filestorage/Data.fs
    </filestorage>
</blobstorage>
<eventlog>
    <logfile>
        path {storage.var}/log/zeo.log
        format %(asctime)s %(message)s
    </logfile>
</eventlog>
"""


def write_zeo_conf(storage: Storage) -> Path:
    path = storage.var / "zeo" / "zeo.conf"
    for folder in (path.parent, storage.var / "filestorage", storage.blob_dir):
        folder.mkdir(parents=True, exist_ok=True)
    (storage.var / "log").mkdir(parents=True, exist_ok=True)
    path.write_text(zeo_conf(storage), encoding="utf-8")
    return path
