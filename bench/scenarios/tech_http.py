"""iA.Tech over HTTP: Open311 under 20 concurrent clients, against plain
Plone equivalents in the same run, on a live WSGI server.

    .venv/bin/python -m bench.scenarios.tech_http --url http://localhost:8183/demo \\
        [--clients 20] [--posts 200] [--gets 400] [--admin admin:admin]

Not a ``make bench`` scenario (that one runs in process, without HTTP: see
``tech.py``): it needs a running instance (``make run``), the demo site or
any site with iA.Tech. Threads are the clients (``requests``, one session
each). For the run, the Open311 rate limits are raised through
``@registry`` (the limit is per client address and every thread shares
one) and put back afterwards.

Measured, each as throughput (requests/s) and latency p50/p95:

- ``POST open311/requests.json`` (the standard's form-encoded body, as a
  citizen app posts it) vs plain Plone: ``POST`` (plone.restapi) of a
  ``Document`` (plone.restapi, as the site administrator);
- ``GET open311/requests.json`` (the last 90 days, read from catalog
  metadata) vs plain Plone: ``GET @search?portal_type=Document
  &metadata_fields=_all`` (plone.restapi, as the administrator), the same
  number of items per answer (``b_size``).
"""

from concurrent.futures import ThreadPoolExecutor
import argparse
import signal
import statistics
import sys
import threading
import time


REPORT = {
    "service_code": "roads",
    "lat": "50.4669",
    "long": "4.8675",
    "address_string": "Rue de Fer 1",
    "description": "Banc du bench cassé",
    "email": "bench@example.org",
}
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


def percentile(values, fraction):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def hammer(make_call, total, clients):
    """``total`` calls over ``clients`` threads; (seconds per call, wall, errors)."""
    import requests

    local = threading.local()
    errors = []

    def one(_index):
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        started = time.perf_counter()
        response = make_call(session)
        elapsed = time.perf_counter() - started
        if response.status_code >= 400:
            errors.append(response.status_code)
        return elapsed

    wall = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        samples = list(pool.map(one, range(total)))
    return samples, time.perf_counter() - wall, errors


def row(name, samples, wall, errors, baseline=None):
    rate = len(samples) / wall
    p50, p95 = statistics.median(samples), percentile(samples, 0.95)
    ratio = f"{p95 / baseline:.2f}" if baseline else "1.00 (baseline)"
    line = (
        f"| {name} | {len(samples)} | {rate:.1f}/s | {p50 * 1000:.0f} ms | "
        f"{p95 * 1000:.0f} ms | {ratio} | {len(errors)} |"
    )
    print(line, flush=True)  # as it comes: a long run keeps what it measured
    return line, p95


def main(argv=None):  # noqa: PLR0915 - one run, told in order
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
    try:
        samples, wall, errors = hammer(
            lambda s: s.post(
                folder,
                json={"@type": "Document", "title": "Rapport"},
                headers=JSON,
                auth=auth,
            ),
            args.posts,
            args.clients,
        )
        line, base_post = row(
            "plain Plone: POST a Document (restapi)", samples, wall, errors
        )
        lines.append(line)
        samples, wall, errors = hammer(
            lambda s: s.post(f"{site}/open311/requests.json", data=REPORT),
            args.posts,
            args.clients,
        )
        lines.append(
            row(
                "iA.Tech: Open311 POST requests.json", samples, wall, errors, base_post
            )[0]
        )
        reports = len(admin.get(f"{site}/open311/requests.json").json())
        samples, wall, errors = hammer(
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
            args.clients,
        )
        line, base_get = row(
            "plain Plone: GET @search (Documents, all metadata)", samples, wall, errors
        )
        lines.append(line)
        samples, wall, errors = hammer(
            lambda s: s.get(f"{site}/open311/requests.json"), args.gets, args.clients
        )
        lines.append(
            row(
                f"iA.Tech: Open311 GET requests.json ({reports} reports)",
                samples,
                wall,
                errors,
                base_get,
            )[0]
        )
    finally:
        admin.patch(f"{site}/@registry", json=limits)
        admin.delete(folder)
    header = (
        f"{args.clients} concurrent clients (threads) on {site}; ratio = p95 / "
        "plain Plone p95.\n\n"
        "| call | calls | throughput | p50 | p95 | ratio | errors |\n"
        "|---|---:|---:|---:|---:|---:|---:|"
    )
    report = header + "\n" + "\n".join(lines) + "\n"
    print(report)
    return report


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
