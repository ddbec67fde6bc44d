"""CPU time of each test phase, for measuring on a shared machine.

``--durations`` gives wall times: on a machine whose cores are shared, they
grow with everybody else's load. CPU time (user + system of the process,
and of the subprocesses it waited for) does not. With
``IA_TEST_CPU_LOG=/tmp/run.jsonl`` every pytest process (each xdist worker)
appends one line per test phase (setup, call, teardown) to
``/tmp/run.jsonl.<worker>``; a layer's or a module world's set-up counts in
the set-up of the first test that needs it. Then::

    .venv/bin/python -m tests.cpu_times /tmp/run.jsonl [N]

prints the total and the N (default 15) most expensive modules.
"""

from collections import Counter
from collections import defaultdict
from pathlib import Path
import json
import os
import sys
import time


_last = [None]


def _cpu():
    times = os.times()
    return times.user + times.system, times.children_user + times.children_system


def pytest_collection_finish(session):
    """Start counting after the collection (imports are not a test's)."""
    _last[0] = _cpu()


def pytest_runtest_logreport(report):
    path = os.environ.get("IA_TEST_CPU_LOG")
    if not path or getattr(report, "node", None) is not None:
        return  # not asked, or the xdist controller's copy of a report
    now = _cpu()
    before = _last[0] or (0.0, 0.0)
    _last[0] = now
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    line = {
        "id": report.nodeid,
        "when": report.when,
        "wall": report.duration,
        "cpu": now[0] - before[0],
        "children": now[1] - before[1],
        "outcome": report.outcome,
        "worker": worker,
        "time": time.time(),
    }
    with open(f"{path}.{worker}", "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\n")


def summary(path, top=15):
    modules = defaultdict(Counter)
    for log in sorted(Path(path).parent.glob(Path(path).name + ".*")):
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            module = modules[entry["id"].split("::")[0]]
            module["cpu"] += entry["cpu"] + entry["children"]
            module["wall"] += entry["wall"]
            module[entry["when"]] += entry["cpu"] + entry["children"]
            module["tests"] += entry["when"] == "call"
            module["failed"] += entry["outcome"] == "failed"
    total = sum((module for module in modules.values()), Counter())
    lines = [
        f"{len(modules)} modules, {total['tests']} tests: CPU {total['cpu']:.0f} s "
        f"(wall summed over the tests {total['wall']:.0f} s), failed {total['failed']}",
        "| module | tests | CPU s | of which set-up | wall s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    ranked = sorted(modules.items(), key=lambda item: -item[1]["cpu"])
    for name, module in ranked[:top]:
        lines.append(
            f"| `{name}` | {module['tests']} | {module['cpu']:.1f} | "
            f"{module['setup']:.1f} | {module['wall']:.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15))
