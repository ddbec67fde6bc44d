"""Write conflicts between concurrent writers (issue 10).

- A new versioned document no longer writes CMFUid's shared counter (the
  history id comes from the stateless ``ia.core.conflicts`` generator).
- On ZEO, two client databases (two Zope instances) allocating numbers
  concurrently, with the retry every caller uses, get distinct gap-free
  numbers and no error: the counter conflicts on purpose, the retry wins.
"""

from ia.core.conflicts.install import install
from ia.core.conflicts.install import uninstall
from ia.core.conflicts.uidgenerator import UniqueIdGenerator
from ia.core.numbering import api as numbering
from ia.core.numbering.patterns import CREATION
from ia.core.numbering.patterns import RegisterConfig
from ia.core.testing import create_document
from persistent import Persistent
from plone import api
from Products.CMFUid.interfaces import IUniqueIdGenerator
from zope.annotation.interfaces import IAttributeAnnotatable
from zope.component import getUtility
from zope.interface import implementer
import pytest
import threading
import time
import transaction
import ZEO


PROFILE = "ia.core:default"


def test_site_generator_is_stateless(portal):
    generator = getUtility(IUniqueIdGenerator)
    assert isinstance(generator, UniqueIdGenerator)
    first, second = generator(), generator()
    assert first != second
    assert 0 < first < 2**63
    assert generator.convert(str(first)) == first


def test_new_versioned_document_leaves_the_shared_counter_alone(manager_portal):
    tool = manager_portal._getOb("portal_uidgenerator")
    before = tool._uid_counter
    doc = create_document(manager_portal, title="Versionné")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(doc)
    assert history_id is not None and history_id > 2**20
    assert tool._uid_counter == before


def test_upgrade_registers_the_generator(manager_portal):
    uninstall(manager_portal)  # the site as the previous release left it
    assert getUtility(IUniqueIdGenerator).meta_type == "Unique Id Generator Tool"
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    titles = [step["title"] for step in setup.listUpgrades(PROFILE)]
    assert "Unique ids without a shared counter" in titles
    setup.upgradeProfile(PROFILE)
    assert isinstance(getUtility(IUniqueIdGenerator), UniqueIdGenerator)
    install(manager_portal)  # idempotent
    assert isinstance(getUtility(IUniqueIdGenerator), UniqueIdGenerator)


@implementer(IAttributeAnnotatable)
class Holder(Persistent):
    """Stands for the site: the numbering keeps its counters in an annotation."""


@pytest.fixture
def zeo(tmp_path):
    address, stop = ZEO.server(
        path=str(tmp_path / "Data.fs"), blob_dir=str(tmp_path / "blobs")
    )
    dbs = [ZEO.DB(address) for _ in range(2)]
    try:
        yield dbs
    finally:
        for db in dbs:
            db.close()
        stop()


def test_two_zeo_clients_get_distinct_gap_free_numbers(zeo, monkeypatch):
    # the writer threads have no site: the register's pattern is given
    config = RegisterConfig("E", "E/{year}/{number:05d}", CREATION)
    monkeypatch.setattr(numbering, "config", lambda register: config)
    first_db, _second = zeo
    with first_db.transaction() as conn:
        conn.root()["site"] = Holder()
    writers, per_writer = 4, 15
    results, errors = [], []
    lock = threading.Lock()
    start = threading.Barrier(writers)

    def write(db):
        tm = transaction.TransactionManager()
        conn = db.open(transaction_manager=tm)
        try:
            start.wait()
            for _ in range(per_writer):
                for attempt in tm.attempts(50):
                    with attempt:
                        holder = conn.root()["site"]
                        reference = numbering.allocate("E", 2026, portal=holder)
                with lock:
                    results.append(reference)
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            tm.abort()
            conn.close()

    threads = [
        threading.Thread(target=write, args=(zeo[n % 2],)) for n in range(writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    total = writers * per_writer
    assert sorted(results) == [f"E/2026/{n:05d}" for n in range(1, total + 1)]
    # The other client sees the last number once the server's invalidations
    # reached it (they are asynchronous): read until then, 10 s at most.
    seen = None
    for _ in range(100):
        with zeo[1].transaction() as conn:
            seen = numbering.current("E", 2026, portal=conn.root()["site"])
        if seen == total:
            break
        time.sleep(0.1)
    assert seen == total
