"""iA.Tech over HTTP against a running instance (``make run``, the demo
site): the calls of ``tech_http`` (Open311 POST and GET under 20
concurrent clients, against plain Plone) on a live site rather than on
the bench's throw-away one.

    .venv/bin/python -m bench.scenarios.tech_http_cli --url http://localhost:8183/demo \\
        [--clients 20] [--posts 200] [--gets 400] [--admin admin:admin]

The Open311 rate limits are raised through ``@registry`` for the run (the
limit is per client address and every thread shares one) and put back
afterwards. Registers no scenario (``bench.run`` imports it harmlessly).
"""

from bench.scenarios.tech_http import JSON
from bench.scenarios.tech_http import REPORT
from bench.scenarios.tech_http import describe
from bench.scenarios.tech_http import hammer
from bench.scenarios.tech_http import percentile
import argparse
import signal
import statistics
import sys
import time


def row(name, samples, wall, errors, baseline=None, *, statuses=None):
    rate = len(samples) / wall
    p50, p95 = statistics.median(samples), percentile(samples, 0.95)
    ratio = f"{p95 / baseline:.2f}" if baseline else "1.00 (baseline)"
    line = (
        f"| {name} | {len(samples)} | {rate:.1f}/s | {p50 * 1000:.0f} ms | "
        f"{p95 * 1000:.0f} ms | {ratio} | {len(errors)} | {describe(statuses or {})} |"
    )
    print(line, flush=True)  # as it comes: a long run keeps what it measured
    return line, p95


def main(argv=None):
    import requests

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="the site's URL")
    parser.add_argument("--admin", default="admin:admin")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--gets", type=int, default=400)
    parser.add_argument("--size", type=int, default=100, help="items per GET")
    args = parser.parse_args(argv)
    site = args.url.rstrip("/")
    auth = tuple(args.admin.split(":", 1))
    admin = requests.Session()
    admin.auth = auth
    admin.headers.update(JSON)
    limits = {}
    for name in ("ia.tech.open311_post_limit", "ia.tech.open311_read_limit"):
        limits[name] = admin.get(f"{site}/@registry/{name}").json()
    admin.patch(
        f"{site}/@registry", json={name: 1_000_000 for name in limits}
    ).raise_for_status()
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(1))  # restore on kill
    folder = admin.post(
        f"{site}",
        json={"@type": "Folder", "id": f"bench-http-{int(time.time())}", "title": "B"},
    ).json()["@id"]
    lines = []

    def measure(name, call, calls, baseline=None):
        """Hammer ``call`` ``calls`` times; its row (kept) and its p95."""
        samples, wall, errors, statuses = hammer(call, calls, args.clients)
        line, p95 = row(name, samples, wall, errors, baseline, statuses=statuses)
        lines.append(line)
        return p95

    try:
        base_post = measure(
            "plain Plone: POST a Document (restapi)",
            lambda s: s.post(
                folder,
                json={"@type": "Document", "title": "Rapport"},
                headers=JSON,
                auth=auth,
            ),
            args.posts,
        )
        measure(
            "iA.Tech: Open311 POST requests.json",
            lambda s: s.post(f"{site}/open311/requests.json", data=REPORT),
            args.posts,
            base_post,
        )
        reports = len(admin.get(f"{site}/open311/requests.json").json())
        base_get = measure(
            "plain Plone: GET @search (Documents, all metadata)",
            lambda s: s.get(
                f"{site}/@search",
                params={
                    "portal_type": "Document",
                    "metadata_fields": "_all",
                    "b_size": args.size,
                },
                headers={"Accept": "application/json"},
                auth=auth,
            ),
            args.gets,
        )
        measure(
            f"iA.Tech: Open311 GET requests.json ({reports} reports)",
            lambda s: s.get(f"{site}/open311/requests.json"),
            args.gets,
            base_get,
        )
    finally:
        admin.patch(f"{site}/@registry", json=limits)
        admin.delete(folder)
    header = (
        f"{args.clients} concurrent clients (threads) on {site}; ratio = p95 / "
        "plain Plone p95.\n\n"
        "| call | calls | throughput | p50 | p95 | ratio | errors | statuses |\n"
        "|---|---:|---:|---:|---:|---:|---:|---|"
    )
    report = header + "\n" + "\n".join(lines) + "\n"
    print(report)
    return report


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
