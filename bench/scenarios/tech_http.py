"""iA.Tech over HTTP: Open311 under 20 concurrent clients, against plain
Plone equivalents in the same run, on a live WSGI server.

In ``make bench`` (``bench.run``): each scenario starts a waitress server
(plone.testing's WSGI server, 4 threads like an instance of ``make run``,
a free port) on the bench's site and its sandbox, and stops it after; threads
are the clients (``requests``, one session each). Four scenarios, each in
a fresh sandbox, the data made in process first (not timed), then every
call timed (its samples are the calls):

- ``POST open311/requests.json`` (the standard's form-encoded body, as a
  citizen app posts it) vs plain Plone: ``POST`` (plone.restapi) of a
  ``Document`` as the site owner;
- ``GET open311/requests.json`` (the last 90 days, read from catalog
  metadata) over N reports vs plain Plone: ``GET @search?portal_type=
  Document&metadata_fields=_all`` over as many Documents, the same number
  of items per answer (``b_size``).

The HTTP status codes seen and the throughput are printed on stderr
(``HTTP …``); a rate-limited call (429) is counted apart from the errors:
the Open311 limit is per client address and every thread shares one, so
the bench raises it for the run (the sandbox is thrown away afterwards).
Environment: ``IA_BENCH_TECH_CLIENTS`` (20), ``IA_BENCH_TECH_POSTS`` (60,
at most ``IA_BENCH_N``), ``IA_BENCH_TECH_GETS`` (2 × the POSTs),
``IA_BENCH_TECH_HTTP_ITEMS`` (100, at most ``IA_BENCH_N``: the reports or
Documents to read, all of them in each answer).

Against a running instance (``make run``, the demo site):

    .venv/bin/python -m bench.scenarios.tech_http_cli --url http://localhost:8183/demo \\
        [--clients 20] [--posts 200] [--gets 400] [--admin admin:admin]

there the Open311 rate limits are raised through ``@registry`` for the run
and put back afterwards.
"""

from bench.registry import scenario
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
import os
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
    """``total`` calls over ``clients`` threads: (seconds per call, wall
    seconds, the failed calls' status codes, a Counter of every status)."""
    import requests

    local = threading.local()
    statuses = Counter()
    lock = threading.Lock()

    def one(_index):
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        started = time.perf_counter()
        response = make_call(session)
        elapsed = time.perf_counter() - started
        with lock:
            statuses[response.status_code] += 1
        return elapsed

    wall = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        samples = list(pool.map(one, range(total)))
    wall = time.perf_counter() - wall
    errors = [  # 429 is the rate limit answering as it should: counted apart
        code
        for code, count in statuses.items()
        if code >= 400 and code != 429
        for _ in range(count)
    ]
    return samples, wall, errors, statuses


def describe(statuses) -> str:
    """``201×58, 429×2 (rate limit), 503×0``: every status seen."""
    notes = {429: " (rate limit)"}
    return ", ".join(
        f"{code}×{count}{notes.get(code, '')}"
        for code, count in sorted(statuses.items())
    )


# --- in make bench (bench.run): a live server on the bench's site ----------

_N = int(os.environ.get("IA_BENCH_N") or 1000)  # a tiny IA_BENCH_N: tiny runs
CLIENTS = int(os.environ.get("IA_BENCH_TECH_CLIENTS") or 20)
POSTS = int(os.environ.get("IA_BENCH_TECH_POSTS") or min(60, _N))
GETS = int(os.environ.get("IA_BENCH_TECH_GETS") or 2 * POSTS)
ITEMS = int(os.environ.get("IA_BENCH_TECH_HTTP_ITEMS") or min(100, _N))
PAGE = ITEMS  # plain Plone answers as many items as Open311 (all of them)
PLAIN_POST = f"plain Plone over HTTP: POST a Document, {CLIENTS} clients"
PLAIN_GET = f"plain Plone over HTTP: GET @search of Documents, {CLIENTS} clients"
SEEN = {}  # scenario name -> status Counter (bench.run prints the table)
_SERVER = []  # the live server of the scenario being run


def _serve():
    """A waitress server (4 threads, as an instance) on the bench's site and
    its sandbox (plone.testing's WSGI server, on a free port), new for each
    scenario: fresh threads, nothing left from the previous sandbox."""
    from plone.testing.zope import STARTUP
    from plone.testing.zope import WSGIServer

    _stop()
    server = WSGIServer(bases=(STARTUP,), name="IaBench:TechHTTP")
    server.host, server.port = "127.0.0.1", None  # None: a free port
    server.setUp()
    _SERVER.append(server)
    return f"http://{server['host']}:{server['port']}"


def _stop():
    while _SERVER:
        _SERVER.pop().tearDown()


def _site(portal):
    """The sandbox's site URL on a live server, the Open311 limits raised
    (all the threads share one address), committed for the server."""
    from bench.helpers import as_manager
    from ia.tech.open311 import ratelimit
    from plone import api
    import transaction

    url = f"{_serve()}/{portal.getId()}"
    as_manager(portal)
    for name in ("ia.tech.open311_post_limit", "ia.tech.open311_read_limit"):
        api.portal.set_registry_record(name, 1_000_000)
    ratelimit.reset()
    transaction.commit()
    return url


def _owner():
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    return (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


def _timed_calls(name, make_call, total):
    """The action: ``total`` calls over the clients; its samples are the
    calls' seconds; the statuses and throughput go to stderr."""

    def action():
        try:
            samples, wall, _errors, statuses = hammer(make_call, total, CLIENTS)
        finally:
            _stop()
        SEEN[name] = statuses
        print(
            f"    HTTP {name}: {total} calls in {wall:.1f} s "
            f"({total / wall:.1f}/s); statuses {describe(statuses)}",
            file=sys.stderr,
            flush=True,
        )
        return samples

    return action


@scenario(PLAIN_POST, n=POSTS, repeat=1, is_baseline=True)
def plain_post(portal, n):
    import transaction

    url, folder = _site(portal), _plain_folder(portal)
    transaction.commit()
    auth = _owner()
    return _timed_calls(
        PLAIN_POST,
        lambda s: s.post(
            f"{url}/{folder.getId()}",
            json={"@type": "Document", "title": "Rapport"},
            headers=JSON,
            auth=auth,
        ),
        n,
    )


OPEN311_POST = f"iA.Tech over HTTP: Open311 POST requests.json, {CLIENTS} clients"


@scenario(OPEN311_POST, n=POSTS, repeat=1, baseline=PLAIN_POST)
def open311_post(portal, n):
    from bench.scenarios.tech import _team
    import transaction

    url = _site(portal)
    _team(portal)
    transaction.commit()
    return _timed_calls(
        OPEN311_POST,
        lambda s: s.post(f"{url}/open311/requests.json", data=REPORT),
        n,
    )


def _plain_folder(portal):
    """The plain-Plone baselines' folder of Documents."""
    from plone import api

    return api.content.create(container=portal, type="Folder", id="bench-http")


@scenario(PLAIN_GET, n=ITEMS, repeat=1, is_baseline=True)
def plain_get(portal, n):
    from plone import api
    import transaction

    url, folder = _site(portal), _plain_folder(portal)
    for index in range(n):
        api.content.create(
            container=folder, type="Document", id=f"d{index}", title=f"Rapport {index}"
        )
    transaction.commit()
    auth = _owner()
    return _timed_calls(
        PLAIN_GET,
        lambda s: s.get(
            f"{url}/@search",
            params={
                "portal_type": "Document",
                "metadata_fields": "_all",
                "b_size": PAGE,
            },
            headers={"Accept": "application/json"},
            auth=auth,
        ),
        GETS,
    )


OPEN311_GET = f"iA.Tech over HTTP: Open311 GET requests.json, {CLIENTS} clients"


@scenario(OPEN311_GET, n=ITEMS, repeat=1, baseline=PLAIN_GET)
def open311_get(portal, n):
    from bench.scenarios.tech import _team
    from ia.tech.open311 import reports
    import transaction

    url = _site(portal)
    _team(portal)
    for _index in range(n):
        reports.file(REPORT)
    transaction.commit()
    return _timed_calls(
        OPEN311_GET,
        lambda s: s.get(f"{url}/open311/requests.json"),
        GETS,
    )
