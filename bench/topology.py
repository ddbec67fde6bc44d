"""Benchmarks of a running topology over HTTP (issue 10), not part of make test.

    make run STORAGE=zeo PORT=8180 &        # or relstorage; wait until it is up
    .venv/bin/python -m bench.topology --port 8180 [--writers 4] [--n 500]
        [--users 20] [--pages 5] [--auth admin:admin] [--site demo]

- dashboard page (``@@ia-dashboard``) p50/p95 under ``--users`` concurrent
  users: through HAProxy (2 instances) vs straight to instance-1 (1 instance);
- ``--writers`` × ``--n`` registrations of incoming mails (REST POST)
  through the balancer: throughput, 5xx count, and whether the references
  are distinct and gap-free.
Prints a markdown table (also written to bench/results/topology.md).
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import argparse
import re
import requests
import statistics
import time


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


def service_uid(base, auth):
    response = requests.get(
        f"{base}/@search?portal_type=IaService&getId=secretariat&metadata_fields=UID",
        auth=auth,
        headers={"Accept": "application/json"},
        timeout=60,
    )
    return response.json()["items"][0]["UID"]


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

    started = time.perf_counter()
    with ThreadPoolExecutor(count) as pool:
        results = list(pool.map(one, range(count)))
    elapsed = time.perf_counter() - started
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
    )


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.topology")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--site", default="demo")
    parser.add_argument("--auth", default="admin:admin")
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args(argv)
    auth = tuple(args.auth.split(":", 1))
    balanced = f"http://127.0.0.1:{args.port}/{args.site}"
    single = f"http://127.0.0.1:{args.port + 1}/{args.site}"
    lines = ["| scenario | result |", "|---|---|"]
    for label, base in (("2 instances (HAProxy)", balanced), ("1 instance", single)):
        p50, p95, errors = dashboard(base, auth, args.users, args.pages)
        lines.append(
            f"| dashboard, {args.users} users, {label} | p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, {errors} 5xx |"
        )
    rate, errors, done, distinct, gap_free = writers(
        balanced, auth, args.writers, args.n
    )
    lines.append(
        f"| {args.writers} writers × {args.n} registrations | {rate:.1f}/s, {done} created, "
        f"{errors} 5xx, distinct: {distinct}, gap-free: {gap_free} |"
    )
    report = "\n".join(lines) + "\n"
    print(report)
    output = Path(__file__).parent / "results" / "topology.md"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report, encoding="utf-8")
    return 0 if errors == 0 and distinct and gap_free else 1


if __name__ == "__main__":
    raise SystemExit(main())
