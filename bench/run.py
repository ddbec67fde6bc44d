"""Run the benchmark scenarios against a fresh, throw-away site.

    .venv/bin/python -m bench.run [--only TEXT] [--repeat N] [--output FILE]

The site is the suite's test fixture (``ia.policy.testing.SUITE_FIXTURE``):
a Plone site with the core and every product installed, in an in-memory
DemoStorage, never the demo data. Every sandbox is one more DemoStorage on top of it, thrown away
afterwards. Environment: ``IA_BENCH_N`` (documents created, default 1000),
``IA_BENCH_SIZES`` (dashboard sizes, default "1000,10000").
"""

from bench.registry import SCENARIOS
from importlib import import_module
from pathlib import Path
import argparse
import logging
import pkgutil
import statistics
import sys
import time


HERE = Path(__file__).parent
DEFAULT_OUTPUT = HERE / "results" / "latest.md"


def load_scenarios():
    import bench.scenarios

    for info in pkgutil.iter_modules(bench.scenarios.__path__):
        import_module(f"bench.scenarios.{info.name}")
    return SCENARIOS


def _layer():
    from ia.policy.testing import SUITE_FIXTURE
    from plone.app.testing import FunctionalTesting

    return FunctionalTesting(bases=(SUITE_FIXTURE,), name="IaBench:Functional")


def _set_up(layer, done):
    for base in layer.__bases__:
        _set_up(base, done)
    if layer not in done:
        layer.setUp()
        done.append(layer)


def _tear_down(done):
    for layer in reversed(done):
        layer.tearDown()


class Sandbox:
    """One DemoStorage on top of the fixture site, thrown away on exit."""

    def __init__(self, layer):
        self.layer = layer

    def __enter__(self):
        self.layer.testSetUp()
        return self.layer["portal"]

    def __exit__(self, *exc):
        import transaction

        transaction.abort()
        self.layer.testTearDown()


def percentile(values, fraction):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _timed(action):
    """Seconds taken by ``action``; an action that returns its own samples
    (a list of seconds, e.g. one per chunk) gives those instead."""
    start = time.perf_counter()
    samples = action()
    elapsed = time.perf_counter() - start
    return list(samples) if isinstance(samples, list) else [elapsed]


def run_fresh(layer, scenario, repeat):
    timings = []
    for _ in range(repeat):
        with Sandbox(layer) as portal:
            action = scenario.func(portal, scenario.n)
            timings.extend(_timed(action))
    return timings


def run_shared(layer, group, repeat):
    """Scenarios sharing a dataset: build it once, time each action ``repeat`` times."""
    results = {}
    first = group[0]
    with Sandbox(layer) as portal:
        started = time.perf_counter()
        first.dataset(portal, first.n)
        print(
            f"  dataset of {first.n} documents: {time.perf_counter() - started:.1f}s",
            file=sys.stderr,
        )
        for scenario in group:
            action = scenario.func(portal, scenario.n)
            action()  # warm-up: caches, first brain loads
            results[scenario.name] = [
                t for _ in range(repeat or scenario.repeat) for t in _timed(action)
            ]
    return results


def _fmt(seconds):
    if seconds is None:
        return "–"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(scenarios, timings):
    lines = [
        "| scenario | N | samples | median | p95 | baseline median | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for scenario in scenarios:
        values = timings[scenario.name]
        median = medians[scenario.name]
        base = medians.get(scenario.baseline) if scenario.baseline else None
        ratio = (
            f"{median / base:.2f}"
            if base
            else ("1.00 (baseline)" if scenario.is_baseline else "–")
        )
        lines.append(
            f"| {scenario.name} | {scenario.n} | {len(values)} | {_fmt(median)} | "
            f"{_fmt(percentile(values, 0.95))} | {_fmt(base)} | {ratio} |"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--only", default="", help="run the scenarios whose name contains this text"
    )
    parser.add_argument(
        "--repeat", type=int, default=0, help="override the repeats of every scenario"
    )
    parser.add_argument(
        "--output", default=str(DEFAULT_OUTPUT), help="markdown file to write"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("Zope.ZCatalog").setLevel(logging.CRITICAL)

    chosen = [s for s in load_scenarios().values() if args.only in s.name]
    # A baseline runs whenever a chosen scenario refers to it.
    wanted = {s.name for s in chosen} | {s.baseline for s in chosen if s.baseline}
    scenarios = [s for s in SCENARIOS.values() if s.name in wanted]
    if not scenarios:
        print(f"No scenario matches {args.only!r}.", file=sys.stderr)
        return 2

    layer = _layer()
    done = []
    timings = {}
    started = time.perf_counter()
    try:
        _set_up(layer, done)
        for scenario in [s for s in scenarios if s.fresh]:
            print(f"- {scenario.name} (N={scenario.n})", file=sys.stderr)
            timings[scenario.name] = run_fresh(
                layer, scenario, args.repeat or scenario.repeat
            )
        groups = {}
        for scenario in [s for s in scenarios if not s.fresh]:
            groups.setdefault((scenario.dataset, scenario.n), []).append(scenario)
        for group in groups.values():
            print(f"- {', '.join(s.name for s in group)}", file=sys.stderr)
            timings.update(run_shared(layer, group, args.repeat))
    finally:
        _tear_down(done)

    report = (
        "# Benchmarks\n\n"
        f"{time.strftime('%Y-%m-%d %H:%M')} — Python {sys.version.split()[0]}, "
        f"total {time.perf_counter() - started:.0f} s. "
        "Ratio = median / baseline median "
        "(vanilla Plone, same run, same site).\n\n" + table(scenarios, timings) + "\n"
    )
    print(report)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
