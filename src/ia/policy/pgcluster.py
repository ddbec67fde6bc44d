"""The PostgreSQL cluster of the RelStorage variant, run by the scripts.

    python -m ia.policy.pgcluster [--var var] init|start|stop|status|dump FILE|restore FILE

Debian's PostgreSQL binaries (``/usr/lib/postgresql/<version>/bin``) run a
cluster of our own in ``<var>/postgres/data``, on a Unix socket in
``<var>/postgres/run`` (port 5433, no TCP), as the dedicated system user
``ia-postgres`` (PostgreSQL refuses to run as root; the user is created when
missing). ``init`` creates the cluster, the role ``ia`` and the database
``ia``; local connections on the socket are trusted (only this machine's
users reach it: the socket folder is 0770, group ``ia-postgres``). Every
command is idempotent; ``start`` waits until the server accepts connections.
"""

from ia.policy.storage import PG_DATABASE
from ia.policy.storage import PG_USER
from ia.policy.storage import Storage
from pathlib import Path
import argparse
import glob
import os
import shutil
import subprocess
import sys


SYSTEM_USER = "ia-postgres"


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise SystemExit(
            "pgcluster: PostgreSQL is not installed (apt-get install postgresql)"
        )
    return Path(found[-1]).parent


def _as_user(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", SYSTEM_USER, "--", *cmd]
    return subprocess.run(cmd, check=kwargs.pop("check", True), **kwargs)


def ensure_system_user() -> None:
    if os.geteuid() != 0:
        return  # a non-root operator runs PostgreSQL as himself
    if subprocess.run(
        ["id", "-u", SYSTEM_USER], check=False, capture_output=True
    ).returncode:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
        )


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, SYSTEM_USER, SYSTEM_USER)


def init(storage: Storage) -> None:
    ensure_system_user()
    root = storage.var / "postgres"
    data, run = root / "data", storage.pg_socket_dir
    for folder in (root, run):
        folder.mkdir(parents=True, exist_ok=True)
        _own(folder)
    run.chmod(0o775)
    if not (data / "PG_VERSION").exists():
        data.mkdir(exist_ok=True)
        _own(data)
        data.chmod(0o700)
        _as_user(
            [
                str(binaries() / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=reject",
                "-E",
                "UTF8",
                "--locale=C",
            ],
            stdout=subprocess.DEVNULL,
        )
        with open(data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"listen_addresses = ''\nport = {storage.pg_port}\n"
                f"unix_socket_directories = '{run}'\n"
                "unix_socket_permissions = 0777\n"
            )
    start(storage)
    _sql(
        storage,
        f"SELECT 1 FROM pg_roles WHERE rolname = '{PG_USER}'",
        f"CREATE ROLE {PG_USER} LOGIN",
    )
    _sql(
        storage,
        f"SELECT 1 FROM pg_database WHERE datname = '{PG_DATABASE}'",
        f"CREATE DATABASE {PG_DATABASE} OWNER {PG_USER}",
    )


def _psql(storage: Storage, sql: str, database="postgres") -> str:
    result = _as_user(
        [
            str(binaries() / "psql"),
            "-h",
            str(storage.pg_socket_dir),
            "-p",
            str(storage.pg_port),
            "-U",
            "postgres",
            "-d",
            database,
            "-tAc",
            sql,
        ],
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def _sql(storage: Storage, exists: str, create: str) -> None:
    if _psql(storage, exists) != "1":
        _psql(storage, create)


def running(storage: Storage) -> bool:
    data = storage.var / "postgres" / "data"
    if not (data / "PG_VERSION").exists():
        return False
    result = _as_user(
        [str(binaries() / "pg_ctl"), "-D", str(data), "status"],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def start(storage: Storage) -> None:
    if running(storage):
        return
    data = storage.var / "postgres" / "data"
    log = storage.var / "postgres" / "postgres.log"
    log.touch()
    _own(log)
    _as_user(
        [str(binaries() / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "start"],
        stdout=subprocess.DEVNULL,
    )


def stop(storage: Storage) -> None:
    if running(storage):
        data = storage.var / "postgres" / "data"
        _as_user(
            [str(binaries() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            stdout=subprocess.DEVNULL,
        )


def dump(storage: Storage, target: Path) -> None:
    """A consistent dump of the whole database (objects and blobs)."""
    with open(target, "wb") as out:
        _as_user(
            [
                str(binaries() / "pg_dump"),
                "-h",
                str(storage.pg_socket_dir),
                "-p",
                str(storage.pg_port),
                "-U",
                "postgres",
                "-Fc",
                PG_DATABASE,
            ],
            stdout=out,
        )


def restore(storage: Storage, source: Path) -> None:
    """Replace the database by the dump ``source`` (stop the clients first)."""
    _psql(storage, f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
    _psql(storage, f"CREATE DATABASE {PG_DATABASE} OWNER {PG_USER}")
    with open(source, "rb") as dump_file:
        _as_user(
            [
                str(binaries() / "pg_restore"),
                "-h",
                str(storage.pg_socket_dir),
                "-p",
                str(storage.pg_port),
                "-U",
                "postgres",
                "-d",
                PG_DATABASE,
                "--no-owner",
                f"--role={PG_USER}",
            ],
            stdin=dump_file,
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ia.policy.pgcluster")
    parser.add_argument("--var", default="var", type=Path)
    parser.add_argument(
        "command", choices=("init", "start", "stop", "status", "dump", "restore")
    )
    parser.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args(argv)
    storage = Storage("relstorage", args.var.resolve())
    if args.command in ("dump", "restore") and not args.file:
        parser.error(f"{args.command} needs a FILE")
    if args.command == "status":
        print("running" if running(storage) else "stopped")
        return 0 if running(storage) else 1
    action = {"init": init, "start": start, "stop": stop}.get(args.command)
    if action:
        action(storage)
    elif args.command == "dump":
        dump(storage, args.file.resolve())
    else:
        restore(storage, args.file.resolve())
    print(f"pgcluster: {args.command} done ({storage.var / 'postgres'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
