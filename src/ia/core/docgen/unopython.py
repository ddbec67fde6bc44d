"""Make a UNO Python that can run appy's converter.

LibreOffice's Python bridge (``python3-uno``) lives in the system Python,
while appy is installed in the instance's virtualenv. appy converts by running
``<uno python> appy/bin/convert.py``, so that interpreter must import appy.
This writes a small wrapper script that runs the system Python with only
appy added to its path; point the ``uno_path`` setting at it::

    .venv/bin/python -m ia.core.docgen.unopython var/uno   # prints the path
"""

from pathlib import Path
import appy
import subprocess
import sys


SYSTEM_PYTHON = "/usr/bin/python3"
# What appy's converter imports, besides the standard library and uno.
PACKAGES = ("appy", "persistent", "zope")


def imports(python, *modules) -> bool:
    """Whether the interpreter ``python`` can import ``modules``."""
    try:
        done = subprocess.run(
            [python, "-c", "import " + ", ".join(modules)],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def has_uno(python=SYSTEM_PYTHON):
    return imports(python, "uno", "unohelper")


def make_uno_python(target, python=SYSTEM_PYTHON):
    """Create ``<target>/python`` (the wrapper) and, in ``<target>/lib``,
    links to appy and what it imports."""
    target = Path(target).resolve()
    lib = target / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    site_packages = Path(appy.__file__).resolve().parent.parent
    for name in PACKAGES:
        link = lib / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(site_packages / name, target_is_directory=True)
    wrapper = target / "python"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'PYTHONPATH="{lib}${{PYTHONPATH:+:$PYTHONPATH}}" exec {python} "$@"\n'
    )
    wrapper.chmod(0o755)
    return str(wrapper)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    target = argv[0] if argv else "var/uno"
    python = argv[1] if len(argv) > 1 else SYSTEM_PYTHON
    if not has_uno(python):
        print(f"{python} cannot import uno: install python3-uno", file=sys.stderr)
        return 1
    print(make_uno_python(target, python))
    return 0


if __name__ == "__main__":
    sys.exit(main())
