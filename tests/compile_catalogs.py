"""Compile every gettext catalog (``LC_MESSAGES/*.po`` → ``.mo``) of the
suite and of the environment, once, before the tests run in parallel.

With ``zope_i18n_compile_mo_files`` set, each Zope process compiles the
catalogs it registers while loading ZCML, writing each ``.mo`` in place:
two pytest-xdist workers starting on a fresh environment read each other's
half-written files (``struct.error`` in ``gettext``, every test of the
worker in error). Compiled here first, the workers find them up to date.

    python tests/compile_catalogs.py [ROOT ...]   # default: src + site-packages
"""

from pathlib import Path
from zope.i18n.compile import compile_mo_file
import sys
import sysconfig


def compile_all(roots) -> int:
    count = 0
    for root in roots:
        for po in Path(root).rglob("LC_MESSAGES/*.po"):
            compile_mo_file(po.stem, str(po.parent))
            count += 1
    return count


if __name__ == "__main__":
    roots = sys.argv[1:] or ["src", sysconfig.get_paths()["purelib"]]
    print(f"{compile_all(roots)} gettext catalogs up to date")
