"""Bring a storage variant's topology up for the benchmarks, and down.

The same way as the CI smoke test (profiles/smoke.sh): a throw-away folder,
the demo municipality with iA.Docs only (site creation stays short), the
storage server, 2 instances behind HAProxy on PORT (PORT+1, PORT+2) and the
worker, through ``python -m ia.policy.topology``.
"""

from pathlib import Path
import os
import re
import requests
import signal
import subprocess
import sys
import tempfile
import time


ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def docs_only_profile(target: Path) -> Path:
    text = (ROOT / "profiles" / "demo.toml").read_text(encoding="utf-8")
    text = re.sub(
        r"products = \[[^\]]*\]", 'products = ["ia.core", "ia.docs"]', text, count=1
    )
    text = re.sub(
        r'\n\[demo\."ia\.(?!docs")[a-z]+"\].*?(?=\n\[|\Z)', "", text, flags=re.S
    )
    target.write_text(text, encoding="utf-8")
    return target


class Topology:
    def __init__(self, storage: str, port: int, site: str = "demo"):
        self.storage, self.port, self.site = storage, port, site
        self.root = Path(tempfile.mkdtemp(prefix=f"ia-bench-{storage}-"))
        self.root.chmod(0o755)  # the postgres system user reads below it
        self.var = self.root / "var"
        self.log = self.root / "topology.log"
        self.process = None

    @property
    def worker_conf(self) -> Path:
        return self.root / "instances" / "worker" / "etc" / "zope.conf"

    def url(self, offset=0) -> str:
        return f"http://127.0.0.1:{self.port + offset}/{self.site}"

    def up(self, timeout=900):
        profile = docs_only_profile(self.root / "bench.toml")
        command = [
            str(BIN / "python"),
            "-m",
            "ia.policy.topology",
            "--storage",
            self.storage,
            "--instances",
            "2",
            "--port",
            str(self.port),
            "--var",
            str(self.var),
            "--dir",
            str(self.root / "instances"),
            "--profile",
            str(profile),
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own command
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the {self.storage} topology stopped: {self.log}")
            if self._answers():
                return self
            time.sleep(2)
        raise RuntimeError(f"the {self.storage} topology did not come up: {self.log}")

    def _answers(self) -> bool:
        if not re.search(rb"^topology: .* up", self.log.read_bytes(), re.M):
            return False
        try:
            return all(
                requests.get(url, timeout=10).status_code == 200
                for url in (self.url(0), self.url(1), self.url(2))
            )
        except requests.RequestException:
            return False

    def down(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(120)
        if self.storage == "relstorage":
            subprocess.run(  # noqa: S603
                [str(BIN / "python"), "-m", "ia.policy.pgcluster"]
                + ["--var", str(self.var), "stop"],
                check=False,
                capture_output=True,
            )
