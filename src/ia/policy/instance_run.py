"""``bin/instance run`` entry: the same commands as ``ia-site``, with the instance's app.

bin/instance run src/ia/policy/instance_run.py create-or-update profiles/demo.cfg
"""

from ia.policy.cli import run
from ia.policy.municipality import ProfileError
from ia.policy.municipality import load
import sys


def _main(app, argv) -> int:
    if len(argv) != 2 or argv[0] not in ("create", "update", "create-or-update"):
        print(
            "usage: bin/instance run instance_run.py create|update|create-or-update <profile>"
        )
        return 2
    try:
        municipality = load(argv[1])
    except ProfileError as exc:
        print(f"ia-site: invalid municipality profile:\n{exc}", file=sys.stderr)
        return 1
    return run(app, argv[0], municipality)


if "app" in globals():  # executed by `bin/instance run`
    sys.exit(_main(globals()["app"], sys.argv[1:]))
