"""``ia-worker``'s output: what an operator reads in the worker's log.

The database and the jobs are replaced by fakes: what is tested is the
command's own logic (the jobs are tested in test_jobs_mailqueue.py, the
worker against a real ZEO in the storage smoke, profiles/smoke.sh).
"""

from ia.core.jobs import cli
from ia.core.jobs import runner
from types import SimpleNamespace
import pytest


@pytest.fixture
def worker(monkeypatch, tmp_path):
    conf = tmp_path / "zope.conf"
    conf.write_text("# fake\n")
    app = SimpleNamespace(_p_jar=SimpleNamespace(db=lambda: "db"))
    monkeypatch.setattr(cli, "open_app", lambda path: app)
    monkeypatch.setattr(cli, "close_app", lambda app: None)
    passes = []

    def run(results, *args):
        answers = iter(results)

        def run_db(db, only=None, force=False):
            passes.append((only, force))
            return next(answers)

        monkeypatch.setattr(runner, "run_db", run_db)
        return cli.main(["--zope-conf", str(conf), *args])

    run.passes = passes
    return run


def test_once_for_a_leased_job_says_it_did_not_run(worker, capsys):
    assert worker([{}], "--once", "--job", "ia.docs.ingestion", "--force") == cli.OK
    assert worker.passes == [("ia.docs.ingestion", True)]
    assert "ia.docs.ingestion: not run (another run holds its lease" in (
        capsys.readouterr().out
    )


def test_once_prints_what_ran(worker, capsys):
    worker([{"demo": {"ia.docs.ingestion": "3 courriers"}}], "--once")
    assert (
        capsys.readouterr().out == "ia-worker: demo: ia.docs.ingestion: 3 courriers\n"
    )


def test_the_loop_prints_a_result_when_it_changes(worker, capsys, monkeypatch):
    results = [
        {"demo": {"ia.core.mailqueue": "rien à envoyer"}},
        {"demo": {"ia.core.mailqueue": "rien à envoyer"}},
        {"demo": {"ia.core.mailqueue": "2 envoyés"}},
    ]
    waits = iter([False, False, True])  # the third pass ends (SIGTERM)
    monkeypatch.setattr(cli.threading.Event, "wait", lambda self, t: next(waits))
    assert worker(results, "--interval", "0") == cli.OK
    assert capsys.readouterr().out.splitlines() == [
        "ia-worker: demo: ia.core.mailqueue: rien à envoyer",
        "ia-worker: demo: ia.core.mailqueue: 2 envoyés",
    ]


def test_without_a_configuration_file(capsys):
    assert cli.main(["--zope-conf", "/nonexistent/zope.conf"]) == cli.USAGE
    assert "--zope-conf" in capsys.readouterr().err
