"""Write the development instance (``make instance``) from ``etc/*.in``.

    python -m ia.policy.instance [--dir instance] [--var var] [--host 127.0.0.1] [--port 8080]

Writes ``<dir>/etc/zope.conf`` and ``<dir>/etc/zope.ini`` (FileStorage and
blobs under ``<var>``) and creates the ``<var>`` folders. Re-running
rewrites both files and keeps the data.
"""

from pathlib import Path
from string import Template
import argparse
import sys


ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "etc"


def write_instance(
    directory: Path, var: Path, host: str, port: int, debug: bool = False
) -> Path:
    directory, var = directory.resolve(), var.resolve()
    etc = directory / "etc"
    for folder in (
        etc,
        var / "filestorage",
        var / "blobstorage",
        var / "log",
        var / "cache",
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
    }
    for name in ("zope.conf", "zope.ini"):
        template = Template((TEMPLATES / f"{name}.in").read_text(encoding="utf-8"))
        (etc / name).write_text(template.substitute(values), encoding="utf-8")
    return zope_conf


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ia.policy.instance")
    parser.add_argument("--dir", default="instance", type=Path)
    parser.add_argument("--var", default="var", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=8080, type=int)
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args(argv)
    zope_conf = write_instance(args.dir, args.var, args.host, args.port, args.debug)
    print(f"instance: {zope_conf} and {zope_conf.with_name('zope.ini')} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
