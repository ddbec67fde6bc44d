"""The benchmark harness still runs (tiny sizes; no timing is asserted).

``bench.run.main`` runs in this process, on a functional layer of the SUITE site that
the ``suite`` run sets up anyway (``bench.run`` sets up the same site, every
product, no demo data, by itself): a subprocess started Zope and set the
whole suite up again, a minute or more of the main run. The command line
itself is checked in a subprocess that stops before any site is made.
"""

from bench import run
from bench.registry import SCENARIOS
from ia.policy.testing import SUITE_FIXTURE
from pathlib import Path
from plone.app.testing import FunctionalTesting
from pytest_plone import fixtures_factory
from tests.bench.bench_layer import BENCH_TESTING
from tests.module_layers import keep_for_module
import logging
import os
import pytest
import subprocess
import sys


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite

ROOT = Path(__file__).resolve().parents[2]

# The sizes of the run: a handful of documents per scenario.
TINY = {
    "IA_BENCH_N": "4",
    "IA_BENCH_SIZES": "6",
    "IA_BENCH_DELIB_ITEMS": "3",
    "IA_BENCH_MAILS": "6",
    "IA_BENCH_PST_ACTIONS": "3",
    # Without it the urban scenarios built 1,000 and 10,000 licences here.
    "IA_BENCH_URBAN_SIZES": "6",
}

globals().update(fixtures_factory(((BENCH_TESTING, "functional"),), keep_session=False))


@pytest.fixture(autouse=True, scope="session")
def _keep_integration_session():
    """No core layer kept for the session here (the SUITE layers are used)."""


@pytest.fixture(autouse=True, scope="session")
def _keep_functional_session():
    """No core layer kept for the session here (the SUITE layers are used)."""


_keep_layers_for_module = keep_for_module(BENCH_TESTING)


@pytest.fixture
def tiny_scenarios(monkeypatch):
    """The scenario modules imported again with the tiny sizes (they read
    the environment when imported)."""
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)

    def forget():
        for module in [m for m in sys.modules if m.startswith("bench.scenarios.")]:
            del sys.modules[module]
        SCENARIOS.clear()

    forget()
    yield run.load_scenarios()
    forget()


def test_every_scenario_runs_and_writes_its_row(
    functional_class, tiny_scenarios, tmp_path, monkeypatch
):
    # bench.run's own layer is this one (checked below); the test's is
    # already set up: main() only opens and throws away its sandboxes.
    monkeypatch.setattr(run, "_layer", lambda: functional_class)
    monkeypatch.setattr(run, "_set_up", lambda layer, done: None)
    monkeypatch.setattr(run, "_tear_down", lambda done: None)
    # main() quiets the catalog's logger: only for this test.
    catalog_logger = logging.getLogger("Zope.ZCatalog")
    monkeypatch.setattr(catalog_logger, "level", catalog_logger.level)
    output = tmp_path / "bench.md"

    assert run.main(["--repeat", "1", "--output", str(output)]) == 0

    table = output.read_text(encoding="utf-8")
    assert (
        "| scenario | N | samples | median | p95 | baseline median | ratio |" in table
    )
    for name in tiny_scenarios:
        # Dashboard scenarios are registered per size ("... @1000"); here @6.
        assert name.split(" @")[0] in table, name
    assert "@6 | 6 |" in table


def test_the_bench_layer_is_the_suite_site():
    layer = run._layer()
    assert isinstance(layer, FunctionalTesting)
    assert layer.__bases__ == (SUITE_FIXTURE,)


def test_command_line_without_a_matching_scenario(tmp_path):
    """``python -m bench.run`` loads the scenarios and stops (exit 2) before
    making a site when nothing matches ``--only``."""
    output = tmp_path / "bench.md"
    command = [sys.executable, "-m", "bench.run", "--only", "no such scenario"]
    result = subprocess.run(
        [*command, "--output", str(output)],
        check=False,
        cwd=ROOT,
        env=dict(os.environ, **TINY),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr[-3000:]
    assert "No scenario matches 'no such scenario'." in result.stderr
    assert not output.exists()
