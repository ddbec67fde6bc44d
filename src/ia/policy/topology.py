"""Run a whole topology with one command (``make run STORAGE=...``).

    python -m ia.policy.topology [--storage filestorage|zeo|relstorage]
        [--instances 2] [--host 127.0.0.1] [--port 8080] [--var var]
        [--dir instances] [--profile profiles/demo.toml] [--admin admin:admin]
        [--debug-instance] [--no-site] [--zeo-port PORT+20]

In order: the storage server (``runzeo`` on ``<var>/zeo/zeo.conf``, listening
on PORT+20 unless ``--zeo-port``, or the
PostgreSQL cluster of ``ia.policy.pgcluster``); the site (``ia-site
create-or-update``, a database client like the others); the instances
``instance-1..N`` on ports PORT+1..PORT+N; HAProxy on PORT in front of them
(when ``haproxy`` is installed; otherwise the instances answer directly);
the worker (``ia.core.jobs.cli``, the background jobs); a headless
LibreOffice on port 2002 (when ``soffice`` is installed); with
``--debug-instance`` a debug instance on PORT+9, outside the balancer.
Every process is restarted when it dies; Ctrl-C / SIGTERM stops them all.
With the embedded FileStorage only one instance opens the file: it serves
on PORT and runs the background jobs itself (``IA_JOBS clock``).
"""

from ia.policy.haproxy import write_haproxy_cfg
from ia.policy.instance import write_instance
from ia.policy.services import Service
from ia.policy.services import Supervisor
from ia.policy.storage import KINDS
from ia.policy.storage import Storage
from ia.policy.storage import write_zeo_conf
from pathlib import Path
import argparse
import logging
import shutil
import subprocess
import sys


BIN = Path(sys.executable).parent
SOFFICE_PORT = 2002
DEBUG_OFFSET = 9


def soffice_service(var: Path) -> Service | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    profile = (var / "libreoffice").resolve()
    return Service(
        "libreoffice",
        [
            soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=socket,host=127.0.0.1,port={SOFFICE_PORT};urp;",
        ],
        var / "log",
        ready_port=SOFFICE_PORT,
    )


def storage_service(storage: Storage) -> Service | None:
    if storage.kind == "zeo":
        conf = write_zeo_conf(storage)
        port = int(storage.zeo_address.rpartition(":")[2])
        return Service(
            "zeo",
            [str(BIN / "runzeo"), "-C", str(conf)],
            storage.var / "log",
            ready_port=port,
        )
    if storage.kind == "relstorage":
        from ia.policy import pgcluster

        pgcluster.init(storage)  # creates and starts the cluster (idempotent)
    return None


ZEO_OFFSET = 20


def zeo_address(args) -> str:
    """The ZEO server's address: ``--zeo-port``, else PORT+20 (8100 for the
    default 8080), so that two municipalities on one host (each its PORT)
    never share, or open, each other's ZEO server."""
    port = args.zeo_port or args.port + ZEO_OFFSET
    return f"127.0.0.1:{port}"


def instance_names(args) -> list[tuple[str, int]]:
    if args.storage == "filestorage":
        return [("instance", args.port)]
    return [(f"instance-{n}", args.port + n) for n in range(1, args.instances + 1)]


def instance_dir(args, name) -> Path:
    """``--instance-dir`` for the single FileStorage instance (``make run``'s
    ``instance/``), else ``<dir>/<name>``."""
    if args.storage == "filestorage" and args.instance_dir is not None:
        return args.instance_dir
    return args.dir / name


def _balancer_and_worker(args, var, worker_conf, supervisor) -> None:
    log_dir = var / "log"
    haproxy = shutil.which("haproxy")
    if haproxy:
        cfg = write_haproxy_cfg(args.host, args.port, instance_names(args), var)
        supervisor.add(
            Service(
                "haproxy",
                [haproxy, "-db", "-f", str(cfg)],
                log_dir,
                ready_port=args.port,
            )
        )
    else:
        logging.warning(
            "haproxy is not installed: the instances answer on ports %s",
            ", ".join(str(port) for _name, port in instance_names(args)),
        )
    worker = [
        str(BIN / "python"),
        "-m",
        "ia.core.jobs.cli",
        "--zope-conf",
        str(worker_conf),
    ]
    worker += ["--admin", args.admin.partition(":")[0]]
    supervisor.add(Service("worker", worker, log_dir))


def _instances(args, var, confs, supervisor) -> None:
    log_dir = var / "log"
    for name, port in instance_names(args):
        ini = confs[name].with_name("zope.ini")
        supervisor.add(
            Service(name, [str(BIN / "runwsgi"), str(ini)], log_dir, ready_port=port)
        )
    if args.debug_instance and args.storage != "filestorage":
        port = args.port + DEBUG_OFFSET
        debug = write_instance(
            args.dir / "debug",
            var,
            args.host,
            port,
            debug=True,
            storage=args.storage,
            name="debug",
            jobs="off",
            zeo_address=zeo_address(args),
        )
        ini = debug.with_name("zope.ini")
        supervisor.add(
            Service("debug", [str(BIN / "runwsgi"), str(ini)], log_dir, ready_port=port)
        )


def build(args, supervisor: Supervisor) -> None:
    var = args.var.resolve()
    storage = Storage(args.storage, var, zeo_address=zeo_address(args))
    server = storage_service(storage)
    if server is not None:
        supervisor.add(server, wait=True)
    confs = {
        name: write_instance(
            args.dir / name,
            var,
            args.host,
            port,
            storage=args.storage,
            name=name,
            zeo_address=storage.zeo_address,
        )
        for name, port in instance_names(args)
    }
    worker_conf = None
    if args.storage != "filestorage":
        worker_conf = write_instance(
            args.dir / "worker",
            var,
            args.host,
            args.port,
            storage=args.storage,
            name="worker",
            jobs="off",
            zeo_address=storage.zeo_address,
        )
    if not args.no_site:
        site_conf = worker_conf or next(iter(confs.values()))
        subprocess.run(
            [
                str(BIN / "ia-site"),
                "--zope-conf",
                str(site_conf),
                "--admin",
                args.admin,
                "create-or-update",
                str(args.profile),
            ],
            check=True,
        )
    _instances(args, var, confs, supervisor)
    if args.storage != "filestorage":
        _balancer_and_worker(args, var, worker_conf, supervisor)
    office = soffice_service(var)
    if office is not None:
        supervisor.add(office)
    else:
        logging.warning("soffice is not installed: PDF conversions are off")
    for service in supervisor.services:
        if not service.wait_ready():
            raise RuntimeError(f"{service.name} did not start: see {service.log}")
    names = ", ".join(service.name for service in supervisor.services)
    print(
        f"topology: {args.storage} up on http://{args.host}:{args.port} ({names})",
        flush=True,
    )


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(prog="python -m ia.policy.topology")
    result.add_argument("--storage", choices=KINDS, default="filestorage")
    result.add_argument("--instances", type=int, default=2)
    result.add_argument("--host", default="127.0.0.1")
    result.add_argument("--port", type=int, default=8080)
    result.add_argument("--var", type=Path, default=Path("var"))
    result.add_argument("--dir", type=Path, default=Path("instances"))
    result.add_argument(
        "--instance-dir", type=Path, help="FileStorage: the instance folder"
    )
    result.add_argument("--profile", type=Path, default=Path("profiles/demo.toml"))
    result.add_argument("--admin", default="admin:admin")
    result.add_argument("--debug-instance", action="store_true")
    result.add_argument(
        "--zeo-port", type=int, help="ZEO server port (default: PORT+20)"
    )
    result.add_argument("--no-site", action="store_true")
    return result


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args = parser().parse_args(argv)
    supervisor = Supervisor()
    try:
        build(args, supervisor)
    except BaseException:
        supervisor.stop()
        raise
    supervisor.watch()
    if args.storage == "relstorage":
        from ia.policy import pgcluster

        pgcluster.stop(Storage(args.storage, args.var.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
