"""Benchmarks of the deployment topology over HTTP (issue 10), not part of make test.

    make bench-topology                      # both storages, one after the other
    .venv/bin/python -m bench.topology --storages zeo,relstorage --port 8187
        [--writers 4] [--n 500] [--users 20] [--pages 5] [--ingest 100]
    .venv/bin/python -m bench.topology --port 8180   # a topology already running

For each storage, the topology is brought up on a throw-away folder
(``bench.topology_up``: iA.Docs demo, 2 instances behind HAProxy, worker), then:

- dashboard page (``@@ia-dashboard``) p50/p95 under ``--users`` concurrent
  users: through HAProxy (2 instances) vs straight to instance-1 (1 instance);
- ``--writers`` × ``--n`` registrations of incoming mails (REST POST) through
  the balancer: throughput, 5xx count, distinct and gap-free references;
- ingestion of ``--ingest`` scans (100 KB PDF + sidecar): in process (POST
  ``@ia-ingestion`` on an instance) vs through the worker
  (``ia.core.jobs.cli --once``; its start-up, measured on an empty drop
  folder, is reported apart).
Prints a markdown table (also written to bench/results/topology.md).
"""

from bench.topology_up import BIN
from bench.topology_up import Topology
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import argparse
import json
import re
import requests
import statistics
import subprocess
import sys
import tempfile
import time


RESULTS = Path(__file__).parent / "results" / "topology.md"


def _p(values, fraction):
    ordered = sorted(values)
    return (
        ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0
    )


def dashboard(base, auth, users, pages):
    def one(_):
        session = requests.Session()
        session.auth = auth
        timings, errors = [], 0
        for _page in range(pages):
            started = time.perf_counter()
            response = session.get(f"{base}/@@ia-dashboard", timeout=120)
            timings.append(time.perf_counter() - started)
            errors += response.status_code >= 500
        return timings, errors

    with ThreadPoolExecutor(users) as pool:
        results = list(pool.map(one, range(users)))
    timings = [t for ts, _e in results for t in ts]
    return statistics.median(timings), _p(timings, 0.95), sum(e for _t, e in results)


def search(base, auth, **query):
    """The site's ``@search`` answer (JSON) for ``query``."""
    response = requests.get(
        f"{base}/@search",
        params=query,
        auth=auth,
        headers={"Accept": "application/json"},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()


def service_uid(base, auth):
    found = search(
        base, auth, portal_type="IaService", getId="secretariat", metadata_fields="UID"
    )
    return found["items"][0]["UID"]


def writers(base, auth, count, n):
    uid = service_uid(base, auth)

    def one(writer):
        session = requests.Session()
        session.auth = auth
        session.headers.update({"Accept": "application/json"})
        refs, errors = [], 0
        for index in range(n):
            body = {
                "@type": "IaIncomingMail",
                "title": f"Bench {writer}-{index}",
                "mail_type": "letter",
                "responsible_services": [uid],
            }
            response = session.post(f"{base}/courrier", json=body, timeout=300)
            if response.status_code >= 500:
                errors += 1
            elif response.ok:
                refs.append(response.json().get("reference"))
        return refs, errors

    before = mail_count(base, auth)
    started = time.perf_counter()
    with ThreadPoolExecutor(count) as pool:
        results = list(pool.map(one, range(count)))
    elapsed = time.perf_counter() - started
    catalogued = mail_count(base, auth) - before
    refs = [r for rs, _e in results for r in rs if r]
    numbers = sorted(int(re.findall(r"\d+", r)[-1]) for r in refs)
    distinct = len(set(refs)) == len(refs)
    gap_free = (
        numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        if numbers
        else True
    )
    return (
        len(refs) / elapsed,
        sum(e for _r, e in results),
        len(refs),
        distinct,
        gap_free,
        catalogued,
    )


PDF = (
    b"%PDF-1.4\n1 0 obj<<>>endobj\n" + b"%" + b"x" * 100_000 + b"\ntrailer<<>>\n%%EOF\n"
)


def drop_folder(base, auth, n, label):
    """A new drop folder with ``n`` scans, made the site's ingestion folder."""
    root = Path(tempfile.mkdtemp(prefix=f"ia-bench-drop-{label}-"))
    root.chmod(0o755)
    scans = root / "scans"
    scans.mkdir()
    for index in range(n):
        # distinct bytes: the ingestion skips a file it already ingested
        unique = PDF.replace(b"%x", f"%{label}-{index}-".encode(), 1)
        (scans / f"{label}-{index:04d}.pdf").write_bytes(unique)
        sidecar = {
            "subject": f"Scan {label} {index}",
            "treating_services": ["secretariat"],
        }
        (scans / f"{label}-{index:04d}.json").write_text(json.dumps(sidecar))
    response = requests.patch(
        f"{base}/@registry",
        json={"ia.docs.ingest_folder": str(root)},
        auth=auth,
        headers={"Accept": "application/json"},
        timeout=60,
    )
    response.raise_for_status()
    return root


def worker_run(conf):
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - our own command
        [str(BIN / "python"), "-m", "ia.core.jobs.cli", "--zope-conf", str(conf)]
        + ["--once", "--job", "ia.docs.ingestion", "--force"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def mail_count(base, auth):
    return search(base, auth, portal_type="IaIncomingMail", b_size=1)["items_total"]


def ingestion(topology, auth, n):
    """(in-process docs/s, worker docs/s, worker start-up s)."""
    base = topology.url(1)
    drop_folder(base, auth, n, "instance")
    started = time.perf_counter()
    response = requests.post(
        f"{base}/courrier/@ia-ingestion",
        json={},
        auth=auth,
        headers={"Accept": "application/json"},
        timeout=3600,
    )
    in_process = time.perf_counter() - started
    response.raise_for_status()
    assert response.json()["ingested"] == n, response.text
    drop_folder(base, auth, 0, "empty")
    startup = worker_run(topology.worker_conf)
    drop_folder(base, auth, n, "worker")
    before = mail_count(base, auth)
    through_worker = worker_run(topology.worker_conf)
    ingested = mail_count(base, auth) - before
    assert ingested == n, f"the worker ingested {ingested} of {n}"
    return in_process, through_worker, startup


def measure(label, balanced, single, auth, args, *, topology=None):
    lines = []
    timings = {}
    for base in (
        balanced,
        single,
        single.replace(f":{args.port + 1}/", f":{args.port + 2}/"),
    ):
        dashboard(base, auth, 2, 1)  # warm-up: both instances' caches
    for name, base in (("2 instances (HAProxy)", balanced), ("1 instance", single)):
        p50, p95, errors = dashboard(base, auth, args.users, args.pages)
        timings[name] = p50
        lines.append(
            f"| {label} | dashboard, {args.users} users, {name} | p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, {errors} 5xx |"
        )
    ratio = timings["2 instances (HAProxy)"] / timings["1 instance"]
    lines.append(f"| {label} | dashboard p50 ratio, 2 instances / 1 | {ratio:.2f} |")
    rate, errors, done, distinct, gap_free, catalogued = writers(
        balanced, auth, args.writers, args.n
    )
    lines.append(
        f"| {label} | {args.writers} writers × {args.n} registrations | {rate:.1f}/s, "
        f"{done} created, {errors} 5xx, distinct: {distinct}, gap-free: {gap_free}, "
        f"in the catalog: {catalogued} |"
    )
    ok = (
        errors == 0
        and distinct
        and gap_free
        and done == catalogued == args.writers * args.n
    )
    if topology is not None and args.ingest:
        inside, worker, startup = ingestion(topology, auth, args.ingest)
        lines.append(
            f"| {label} | ingestion of {args.ingest} scans: in process (POST "
            f"@ia-ingestion) / worker run (ia-worker --once) / worker run on an "
            f"empty folder | {inside:.1f} s / {worker:.1f} s / {startup:.1f} s |"
        )
    return lines, ok


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.topology")
    parser.add_argument("--storages", default="", help="zeo,relstorage: start each")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--site", default="demo")
    parser.add_argument("--auth", default="admin:admin")
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--ingest", type=int, default=100)
    args = parser.parse_args(argv)
    auth = tuple(args.auth.split(":", 1))
    lines = ["| storage | scenario | result |", "|---|---|---|"]
    ok = True
    started = time.perf_counter()
    for storage in [s for s in args.storages.split(",") if s]:
        print(f"- {storage}: starting", file=sys.stderr)
        topology = Topology(storage, args.port, args.site)
        try:
            topology.up()
            print(f"- {storage}: up, measuring", file=sys.stderr)
            found, passed = measure(
                storage, topology.url(0), topology.url(1), auth, args, topology=topology
            )
        finally:
            topology.down()
        lines += found
        ok = ok and passed
    if not args.storages:
        balanced = f"http://127.0.0.1:{args.port}/{args.site}"
        single = f"http://127.0.0.1:{args.port + 1}/{args.site}"
        found, ok = measure("running", balanced, single, auth, args)
        lines += found
    report = (
        f"# Topology benchmarks\n\n{time.strftime('%Y-%m-%d %H:%M')}, "
        f"total {time.perf_counter() - started:.0f} s, on a 2-core machine shared "
        "with other work (absolute figures are indicative; ratios are of one run).\n\n"
        + "\n".join(lines)
        + "\n"
    )
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
