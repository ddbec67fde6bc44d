"""Write the development instance (``make instance``) from ``etc/*.in``.

    python -m ia.policy.instance [--dir instance] [--var var] [--host 127.0.0.1] [--port 8080]
                                 [--storage filestorage|zeo|relstorage] [--name instance]
                                 [--jobs clock|off] [--debug]

Writes ``<dir>/etc/zope.conf`` and ``<dir>/etc/zope.ini`` (the storage of
``ia.policy.storage``: FileStorage and blobs under ``<var>`` by default)
and creates the ``<var>`` folders. Re-running rewrites both files and keeps
the data. ``--jobs clock`` (the default with FileStorage, the only process
that may open it) makes the instance run the background jobs itself.
"""

from ia.policy.storage import KINDS
from ia.policy.storage import Storage
from ia.policy.storage import zodb_section
from pathlib import Path
from string import Template
import argparse
import sys


ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "etc"


def uno_python(var: Path) -> str:
    """The UNO Python wrapper for PDF conversions in ``var/uno``, or ``""``.

    appy converts through ``<python> appy/bin/convert.py``: it needs the
    system Python's ``uno`` (python3-uno) and appy from this environment.
    """
    from ia.core.docgen import unopython

    if not unopython.has_uno():
        return ""
    return unopython.make_uno_python(var / "uno")


def write_instance(  # noqa: PLR0913 - one keyword per zope.conf value
    directory: Path,
    var: Path,
    host: str,
    port: int,
    debug: bool = False,
    *,
    storage: str = "filestorage",
    name: str = "instance",
    jobs: str | None = None,
    zeo_address: str | None = None,
) -> Path:
    directory, var = directory.resolve(), var.resolve()
    kind = Storage(storage, var)
    if zeo_address:
        kind = Storage(storage, var, zeo_address=zeo_address)
    etc = directory / "etc"
    for folder in (
        etc,
        var / "filestorage",
        var / "blobstorage",
        var / "log",
        var / "cache",
        var / "mailqueue",
    ):
        folder.mkdir(parents=True, exist_ok=True)
    zope_conf = etc / "zope.conf"
    values = {
        "instance": str(directory),
        "var": str(var),
        "host": host,
        "port": str(port),
        "debug_mode": "on" if debug else "off",
        "zope_conf": str(zope_conf),
        "zodb": zodb_section(kind, name),
        "imports": "%import relstorage\n" if storage == "relstorage" else "",
        "jobs": jobs or ("clock" if storage == "filestorage" else "off"),
        "name": name,
        "uno_python": (
            f"    IA_UNO_PYTHON {path}\n"
            if (path := uno_python(var))
            else "    # IA_UNO_PYTHON: not set, python3-uno is not installed\n"
        ),
    }
    for filename in ("zope.conf", "zope.ini"):
        template = Template((TEMPLATES / f"{filename}.in").read_text(encoding="utf-8"))
        (etc / filename).write_text(template.substitute(values), encoding="utf-8")
    return zope_conf


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ia.policy.instance")
    parser.add_argument("--dir", default="instance", type=Path)
    parser.add_argument("--var", default="var", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=8080, type=int)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--storage", choices=KINDS, default="filestorage")
    parser.add_argument(
        "--name", default="instance", help="process name (logs, caches)"
    )
    parser.add_argument("--jobs", choices=("clock", "off"), help="background jobs")
    parser.add_argument("--zeo-address", help="host:port of the ZEO server")
    args = parser.parse_args(argv)
    zope_conf = write_instance(
        args.dir,
        args.var,
        args.host,
        args.port,
        args.debug,
        storage=args.storage,
        name=args.name,
        jobs=args.jobs,
        zeo_address=args.zeo_address,
    )
    print(f"instance: {zope_conf} and {zope_conf.with_name('zope.ini')} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
