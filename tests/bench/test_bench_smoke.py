"""The benchmark harness still runs (tiny sizes; no timing is asserted)."""

from bench.run import load_scenarios
from pathlib import Path
import os
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]


def test_every_scenario_runs_and_writes_its_row(tmp_path):
    output = tmp_path / "bench.md"
    env = dict(
        os.environ,
        IA_BENCH_N="4",
        IA_BENCH_SIZES="6",
        IA_BENCH_DELIB_ITEMS="3",
        IA_BENCH_MAILS="6",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--repeat", "1", "--output", str(output)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = output.read_text(encoding="utf-8")

    assert (
        "| scenario | N | samples | median | p95 | baseline median | ratio |" in table
    )
    for name in load_scenarios():
        # Dashboard scenarios are registered per size ("... @1000"); here @6.
        assert name.split(" @")[0] in table, name
    assert "@6 | 6 |" in table
