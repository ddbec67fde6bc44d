"""Background jobs (ia.core.jobs) and the outgoing e-mail queue (ia.core.mailqueue),
on the functional layer (real commits).

- A job runs when due, under a lease: a second run while the first holds the
  lease (an overlapping cron entry, a second worker) does nothing.
- ``run_db`` runs the registered jobs of every site, as the worker does.
- An e-mail is written to the queue only when the transaction commits;
  a mail server that is down keeps it queued and says so on the document;
  the next pass sends it.
"""

from email.message import EmailMessage
from ia.core.jobs import api as jobs
from ia.core.jobs.interfaces import IJob
from ia.core.jobs.runner import run_db
from ia.core.mailqueue import api as mailqueue
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getGlobalSiteManager
from zope.interface import implementer
import os
import pytest
import transaction


@implementer(IJob)
class Counting:
    title = "test"
    interval = 3600

    def __init__(self):
        self.calls = 0

    def __call__(self, portal):
        self.calls += 1
        return f"call {self.calls}"


@pytest.fixture
def job():
    registry = getGlobalSiteManager()
    counting = Counting()
    registry.registerUtility(counting, IJob, name="test.counting")
    yield counting
    registry.unregisterUtility(counting, IJob, name="test.counting")


def test_job_runs_when_due_and_records_its_result(functional, job):
    portal = functional["portal"]
    assert jobs.run_due(portal, only="test.counting") == {"test.counting": "call 1"}
    # not due again within its interval
    assert jobs.run_due(portal, only="test.counting") == {}
    assert jobs.run_due(portal, only="test.counting", force=True) == {
        "test.counting": "call 2"
    }
    record = jobs.state(portal, "test.counting")
    assert record["result"] == "call 2" and record["running_until"] == 0


def test_overlapping_run_skips_a_leased_job(functional, job):
    portal = functional["portal"]
    assert jobs.claim(portal, "test.counting", job, force=True)  # first run holds it
    assert jobs.run_due(portal, only="test.counting", force=True) == {}
    assert job.calls == 0


def test_worker_runs_the_jobs_of_every_site(functional, job):
    db = functional["app"]._p_jar.db()
    transaction.commit()
    done = run_db(db, only="test.counting")
    assert done == {"plone": {"test.counting": "call 1"}}


def _message():
    message = EmailMessage()
    message["From"] = "Commune <courrier@demo.be>"
    message["To"] = "jean@example.org"
    message["Subject"] = "Test"
    message.set_content("Bonjour")
    return message


@pytest.fixture
def queue(functional, tmp_path, monkeypatch):
    setRoles(functional["portal"], TEST_USER_ID, ["Manager"])
    monkeypatch.setenv("IA_MAIL_QUEUE", str(tmp_path / "queue"))
    return tmp_path / "queue"


def _queued(queue):
    return os.listdir(queue / "new") if (queue / "new").exists() else []


def test_queue_written_on_commit_only(functional, queue):
    portal = functional["portal"]
    doc = api.content.create(portal, "Document", id="d1", title="D")
    mailqueue.enqueue(doc, _message())
    transaction.abort()
    assert _queued(queue) == []
    doc = api.content.create(portal, "Document", id="d1", title="D")
    mailqueue.enqueue(doc, _message())
    transaction.commit()
    assert len(_queued(queue)) == 1
    assert "file d'envoi" in mailqueue.status_text(doc)


def test_server_down_then_back(functional, queue):
    portal = functional["portal"]
    doc = api.content.create(portal, "Document", id="d2", title="D")
    mailqueue.enqueue(doc, _message())
    transaction.commit()

    class Down:
        def send(self, *args):
            raise OSError("Connection refused")

    assert "1 en attente" in mailqueue.process(portal, mailer=Down())
    assert len(_queued(queue)) == 1
    assert mailqueue.status(doc)["state"] == mailqueue.RETRYING

    sent = []

    class Up:
        def send(self, fromaddr, toaddrs, body):
            sent.append((fromaddr, toaddrs))

    assert "1 envoyé" in mailqueue.process(portal, mailer=Up())
    assert sent == [("courrier@demo.be", ["jean@example.org"])]
    assert _queued(queue) == []
    assert mailqueue.status_text(doc).startswith("E-mail envoyé le")


def test_clock_starts_only_when_asked(monkeypatch):
    from ia.core.jobs import clock

    started = []
    monkeypatch.setattr(clock, "start", lambda db, tick=None: started.append(db))
    monkeypatch.setattr(clock, "_disabled", [])

    class Event:
        database = "db"

    monkeypatch.setenv("IA_JOBS", "off")
    clock.on_database_opened(Event())
    monkeypatch.setenv("IA_JOBS", "clock")
    clock.on_database_opened(Event())
    assert started == ["db"]
    clock.disable()  # a script (ia-site, ia-ingest): never
    clock.on_database_opened(Event())
    assert started == ["db"]


def test_weekly_job_waits_its_first_interval(functional, job):
    portal = functional["portal"]
    job.run_at_once = False
    assert jobs.run_due(portal, only="test.counting") == {}
    assert jobs.state(portal, "test.counting")["last_start"] > 0
    assert job.calls == 0


def test_queue_in_a_folder_made_beforehand(tmp_path, monkeypatch):
    """An empty folder given as ``IA_MAIL_QUEUE`` (made by the operator's
    tools) becomes the queue instead of failing every sending."""
    from ia.core.mailqueue import api as mailqueue_api

    folder = tmp_path / "queue"
    folder.mkdir()
    monkeypatch.setenv("IA_MAIL_QUEUE", str(folder))
    assert mailqueue_api.queue_dir() == folder
    assert {p.name for p in folder.iterdir()} == {"cur", "new", "tmp"}


def test_lines_end_with_crlf_on_the_wire():
    """smtplib sends bytes as they are: the queue gives SMTP its CRLF."""
    from ia.core.mailqueue.api import crlf

    assert crlf(b"a\nb\r\nc\n") == b"a\r\nb\r\nc\r\n"
