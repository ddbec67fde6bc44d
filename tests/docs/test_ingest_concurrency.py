"""Two runs on the same folder at once (two ZODB connections, two threads):
each document once, distinct numbers. The folder lock is bypassed to make
them really race: the ledger alone must prevent duplicates."""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from ia.docs.area import get_mail_area
from ia.docs.ingestion import ledger
from ia.docs.ingestion import run
from ia.docs.ingestion.lock import Locked
from ia.docs.ingestion.lock import folder_lock
from ia.docs.ingestion.lock import is_stale
from plone import api
from plone.app.testing import PLONE_SITE_ID
from plone.app.testing import SITE_OWNER_NAME
from Testing.makerequest import makerequest
from tests.docs.ingest_helpers import drop_scan
from tests.docs.ingest_helpers import remaining
from tests.docs.ingest_helpers import sidecar
from zope.component.hooks import getSite
from zope.component.hooks import setSite
from zope.globalrequest import setRequest
import os
import pytest
import socket
import threading
import time
import transaction


DOCUMENTS = 24


@pytest.fixture
def drop(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    transaction.commit()
    for n in range(DOCUMENTS):
        drop_scan(root, f"doc-{n:02d}", sidecar(functional_services))
    return root


def ingest_in_thread(db, batch_size, results, errors, start):
    connection = db.open()
    try:
        app = makerequest(connection.root()["Application"])
        setRequest(app.REQUEST)
        portal = app[PLONE_SITE_ID]
        setSite(portal)
        user = app.acl_users.getUserById(SITE_OWNER_NAME)
        newSecurityManager(None, user.__of__(app.acl_users))
        start.wait()
        results.append(run(portal, lock=False, batch_size=batch_size))
    except Exception as exc:  # reported by the test
        errors.append(exc)
    finally:
        transaction.abort()
        noSecurityManager()
        setSite(None)
        setRequest(None)
        connection.close()


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 4])
def test_two_threads_ingest_each_document_once(
    functional, functional_portal, drop, batch_size
):
    db = functional["app"]._p_jar.db()
    results, errors = [], []
    start = threading.Barrier(2)
    site = getSite()
    threads = [
        threading.Thread(
            target=ingest_in_thread, args=(db, batch_size, results, errors, start)
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    setSite(site)
    assert not errors, errors
    assert sum(r.ingested for r in results) == DOCUMENTS
    assert all(r.rejected == [] for r in results)
    transaction.begin()  # see the threads' commits
    area = get_mail_area(functional_portal)
    mails = [o for o in area.objectValues() if o.portal_type == "IaIncomingMail"]
    assert len(mails) == DOCUMENTS
    references = [m.reference for m in mails]
    assert len(set(references)) == DOCUMENTS
    entries = ledger.entries(area)
    assert len(entries) == DOCUMENTS
    assert sorted(entries.values()) == sorted(m.UID() for m in mails)
    assert remaining(drop, "scans") == []


def test_lock_refuses_a_second_run(tmp_path):
    with folder_lock(tmp_path):
        with pytest.raises(Locked):
            with folder_lock(tmp_path):
                pass
    assert not (tmp_path / ".ia-ingest.lock").exists()


def test_stale_lock_taken_over(tmp_path):
    dead = f"999999999 {socket.gethostname()} {time.time():.0f}"
    old = f"{os.getpid()} {socket.gethostname()} {time.time() - 7 * 3600:.0f}"
    live_elsewhere = f"1 another-host {time.time():.0f}"
    assert is_stale(dead) and is_stale(old) and is_stale("garbage")
    assert not is_stale(live_elsewhere)
    (tmp_path / ".ia-ingest.lock").write_text(dead)
    with folder_lock(tmp_path) as path:
        assert path.read_text().startswith(f"{os.getpid()} ")
    (tmp_path / ".ia-ingest.lock").write_text(live_elsewhere)
    with pytest.raises(Locked):
        with folder_lock(tmp_path):
            pass
