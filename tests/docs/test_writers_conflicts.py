"""Concurrent writers over REST never see a 500 (issue 10).

Four clerks register incoming mails at the same time through the test WSGI
server (waitress, four threads, one in-process database): every request
answers 201, and the references are distinct and gap-free. The numbering
counter conflicts on purpose (two transactions taking the same number
cannot both commit); the publisher retries the loser, after a short random
delay (``ia.core.conflicts.retry``), as often as the instances' zope.conf
allows (``max-conflict-retries``, etc/zope.conf.in).
"""

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from ia.core.conflicts import retry
from ia.core.testing import PASSWORD
from pathlib import Path
from ZPublisher.HTTPRequest import HTTPRequest
import logging
import pytest
import re
import requests


WRITERS = 4
PER_WRITER = 8
YEAR = date.today().year
ZOPE_CONF_IN = Path(__file__).resolve().parents[2] / "etc" / "zope.conf.in"


def configured_retries() -> int:
    text = ZOPE_CONF_IN.read_text(encoding="utf-8")
    return int(re.search(r"^max-conflict-retries\s+(\d+)", text, re.M).group(1))


@pytest.fixture
def site(functional_portal, functional_services, monkeypatch):
    # the instances' setting, not the test server's default (3)
    monkeypatch.setattr(HTTPRequest, "retry_max_count", configured_retries())
    return functional_portal.absolute_url(), functional_services


def register(base, services, writer, index):
    # a loaded machine (2 cores, several test runs): wait long, never time out
    return requests.post(
        f"{base}/courrier",
        auth=("encodeur", PASSWORD),
        headers={"Accept": "application/json"},
        timeout=600,
        json={
            "@type": "IaIncomingMail",
            "title": f"Demande de permis de voirie {writer}-{index}",
            "mail_type": "request",
            "responsible_services": [services["travaux"]],
        },
    )


def test_four_writers_no_5xx_distinct_gap_free(site, caplog):
    base, services = site

    def writer(number):
        return [register(base, services, number, index) for index in range(PER_WRITER)]

    with caplog.at_level(logging.INFO, logger="ia.core.conflicts"):
        with ThreadPoolExecutor(WRITERS) as pool:
            responses = [r for rs in pool.map(writer, range(WRITERS)) for r in rs]
    conflicts = [r.getMessage() for r in caplog.records if "conflict" in r.getMessage()]
    print(f"{len(conflicts)} conflicts retried:", *conflicts, sep="\n  ")
    failed = [(r.status_code, r.text[:300]) for r in responses if r.status_code != 201]
    assert not failed, (failed, conflicts)
    references = sorted(r.json()["reference"] for r in responses)
    total = WRITERS * PER_WRITER
    assert references == [f"E/{YEAR}/{n:05d}" for n in range(1, total + 1)]
    assert not [c for c in conflicts if "not retried" in c]
    # every mail is in the catalog once its request answered (a concurrent
    # commit once skipped indexing, ia.core.indexing_guard)
    found = requests.get(
        f"{base}/@search",
        params={"portal_type": "IaIncomingMail", "b_size": 1},
        auth=("encodeur", PASSWORD),
        headers={"Accept": "application/json"},
        timeout=600,
    ).json()["items_total"]
    assert found == total


def test_conflict_is_described_by_oid_and_class():
    from ZODB.POSException import ConflictError

    error = ConflictError(oid=b"\0" * 7 + b"\x2a", object=None)
    error.class_name = "BTrees.OOBTree.OOBucket"
    assert retry.describe(error) == "oid 0x2a class BTrees.OOBTree.OOBucket"


def test_retry_delay_is_short_and_random():
    delays = [retry.delay(n) for n in range(8) for _ in range(50)]
    assert all(0 <= d <= retry.MAX_DELAY for d in delays)
    assert max(retry.delay(0) for _ in range(50)) <= retry.BASE_DELAY
    assert len(set(delays)) > 100
