"""The scenario registry: packages add timed scenarios with ``@scenario``.

A scenario is a function ``(portal, n) -> action``: it prepares what it
needs (not timed) and returns the zero-argument callable that is timed.

- ``fresh=True``: every repeat gets a fresh sandbox (a new DemoStorage
  layer on top of the site) and runs the function again, e.g. "create N
  documents";
- ``fresh=False``: one sandbox, the function runs once and its action is
  timed ``repeat`` times, e.g. "a dashboard page over N documents".

``dataset(portal, n)`` (with ``fresh=False``) builds the data of the
sandbox; scenarios that share a dataset and N share one sandbox, so that
10,000 documents are created once for all the queries over them.

``baseline`` names the vanilla-Plone scenario measured in the same run to
which the ratio is computed; a baseline is itself a scenario
(``is_baseline=True``), run with the same N.
"""

from dataclasses import dataclass


@dataclass
class Scenario:
    name: str
    func: object
    n: int
    repeat: int
    fresh: bool
    baseline: str | None
    is_baseline: bool
    module: str
    dataset: object = None


SCENARIOS = {}


def scenario(
    name,
    *,
    n=1000,
    repeat=3,
    fresh=True,
    baseline=None,
    is_baseline=False,
    dataset=None,
):
    def register(func):
        if name in SCENARIOS:
            raise ValueError(f"Benchmark scenario {name!r} is registered twice")
        SCENARIOS[name] = Scenario(
            name,
            func,
            n,
            repeat,
            fresh,
            baseline,
            is_baseline,
            func.__module__,
            dataset,
        )
        return func

    return register
