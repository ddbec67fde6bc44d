"""A real ``ia-ingest`` process killed in the middle of a batch, then run
again: each document is in the site exactly once.

The module builds a FileStorage instance and a minimal site once
(``ia-site create``), then drives ``ia-ingest`` as a subprocess.
"""

from pathlib import Path
from tests.docs.ingest_helpers import drop_scan
import json
import os
import pytest
import signal
import subprocess
import sys
import time


pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
DOCUMENTS = 40
PROFILE = """
[site]
id = "mini"
title = "Commune Mini"
language = "fr"
products = ["ia.core", "ia.docs"]

[municipality]
name = "Commune Mini"
ins_code = "99998"

[officials.mayor]
firstname = "Marie"
lastname = "Dupont"

[officials.general_director]
firstname = "Anne"
lastname = "Leclercq"

[[services]]
id = "travaux"
title = "Travaux"
acronym = "TRA"
"""
STATUS = """
import json, sys
from ia.core.zopeapp import open_app
from zope.component.hooks import setSite
from ia.docs.ingestion import ledger
app = open_app(sys.argv[1])
site = app["mini"]
setSite(site)
area = site["courrier"]
mails = [
    {"uid": o.UID(), "reference": o.reference, "key": o.ia_ingest_key}
    for o in area.objectValues() if o.portal_type == "IaIncomingMail"
]
print(json.dumps({"ledger": ledger.entries(area), "mails": mails}))
"""


def env():
    return dict(os.environ, IA_ADMIN="admin", PYTHONWARNINGS="ignore")


@pytest.fixture(scope="module")
def zope_conf(tmp_path_factory):
    from ia.policy.instance import write_instance

    root = tmp_path_factory.mktemp("ingest-instance")
    conf = write_instance(root / "instance", root / "var", "127.0.0.1", 18999)
    profile = root / "mini.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    result = subprocess.run(
        [
            BIN / "ia-site",
            "--zope-conf",
            conf,
            "--admin",
            "admin:secret",
            "create",
            profile,
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=env(),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return conf


def ingest(zope_conf, folder, *extra, wait=True):
    args = [
        BIN / "ia-ingest",
        "--zope-conf",
        zope_conf,
        "--site",
        "mini",
        "--folder",
        folder,
        *extra,
    ]
    if not wait:
        return subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env()
        )
    return subprocess.run(
        args, capture_output=True, text=True, timeout=900, check=False, env=env()
    )


def status(zope_conf):
    result = subprocess.run(
        [sys.executable, "-c", STATUS, zope_conf],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=env(),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def pdfs(folder):
    return sorted((folder / "scans").glob("*.pdf"))


def test_killed_mid_batch_then_rerun_gives_each_document_once(zope_conf, tmp_path):
    folder = tmp_path / "drop"
    for n in range(DOCUMENTS):
        drop_scan(
            folder,
            f"scan-{n:02d}",
            {"treating_services": ["travaux"], "subject": f"Scan {n}"},
        )
    process = ingest(zope_conf, folder, "--batch-size", "1", wait=False)
    deadline = time.monotonic() + 600
    while len(pdfs(folder)) > DOCUMENTS - 5 and process.poll() is None:
        assert time.monotonic() < deadline, "ia-ingest did not start ingesting"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(60)
    assert process.returncode == -signal.SIGKILL
    left = len(pdfs(folder))
    assert 0 < left < DOCUMENTS, "the kill must happen in the middle of the batch"
    assert (folder / ".ia-ingest.lock").exists()  # left by the killed run

    result = ingest(zope_conf, folder)
    # the killed run's lock is taken over and said (exit 4, issue 11)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "verrou abandonné repris" in result.stderr
    assert "ingested" in result.stdout and "0 rejected" in result.stdout

    state = status(zope_conf)
    mails, entries = state["mails"], state["ledger"]
    assert len(mails) == DOCUMENTS
    assert len({m["reference"] for m in mails}) == DOCUMENTS  # distinct numbers
    keys = [m["key"] for m in mails]
    assert len(set(keys)) == DOCUMENTS  # each document's key once
    assert sorted(entries) == sorted(keys)
    assert sorted(entries.values()) == sorted(m["uid"] for m in mails)
    assert pdfs(folder) == [] and list((folder / "scans").iterdir()) == []
    assert list((folder / "quarantine").iterdir()) == []
    assert not (folder / ".ia-ingest.lock").exists()

    # and a third run has nothing to do
    drop_scan(
        folder, "scan-00", {"treating_services": ["travaux"], "subject": "Scan 0"}
    )
    result = ingest(zope_conf, folder)
    assert result.returncode == 0
    assert "0 ingested, 1 skipped" in result.stdout


def test_cli_exit_codes_on_a_site(zope_conf, tmp_path):
    folder = tmp_path / "drop"
    drop_scan(folder, "bad", {"treating_services": ["nowhere"]})
    (folder / ".ia-ingest.lock").write_text(
        f"{os.getpid()} {os.uname().nodename} {time.time():.0f}"
    )
    result = ingest(zope_conf, folder)
    assert result.returncode == 3  # held: nothing done, said (issue 11)
    assert "Une autre ingestion travaille déjà sur ce dossier" in result.stderr
    assert (folder / "scans" / "bad.pdf").exists()
    (folder / ".ia-ingest.lock").unlink()

    result = ingest(zope_conf, folder, "--quiet")
    assert result.returncode == 1
    assert "Service inconnu : nowhere." in result.stderr
    assert result.stdout == ""
    assert (folder / "quarantine" / "bad.pdf.reason").exists()

    result = subprocess.run(
        [BIN / "ia-ingest", "--zope-conf", zope_conf, "--site", "nope"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=env(),
    )
    assert result.returncode == 2
    assert "no Plone site 'nope'" in result.stderr
