"""Ingestion under hostile input (issue 11): what is read, what is
quarantined, what is never deleted.

Every hostile file is made by the tests (symlinks, FIFOs, hard links,
huge headers, broken MIME parts): no binary is committed.
"""

from email.message import EmailMessage
from ia.docs.area import get_mail_area
from ia.docs.ingestion import files as ingest_files
from ia.docs.ingestion import ledger
from ia.docs.ingestion import run
from ia.docs.ingestion import runner
from ia.docs.ingestion.lock import NAME as LOCK_NAME
from ia.docs.ingestion.lock import Locked
from ia.docs.ingestion.lock import folder_lock
from ia.docs.ingestion.settings import FolderError
from plone import api
from tests.docs.ingest_helpers import drop_scan
from tests.docs.ingest_helpers import pdf_bytes
from tests.docs.ingest_helpers import remaining
from tests.docs.ingest_helpers import sidecar
import os
import pytest
import socket
import time
import transaction


@pytest.fixture
def drop(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    api.portal.set_registry_record("ia.docs.ingest_mail_service", "travaux")
    api.portal.set_registry_record("plone.default_language", "fr")
    transaction.commit()
    for sub in ("scans", "mail", "quarantine"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


def mails(portal):
    return [
        o
        for o in get_mail_area(portal).objectValues()
        if o.portal_type == "IaIncomingMail"
    ]


def reason(root, name):
    return (root / "quarantine" / f"{name}.reason").read_text(encoding="utf-8")


def every_file(root):
    """Every file under ``root`` but the lock (relative paths)."""
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if not p.is_dir() and p.name != LOCK_NAME
    )


# 1. Only regular files inside the drop folder are read.


def test_symlinks_are_quarantined_never_read(
    functional_portal, functional_services, drop, tmp_path
):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.pdf"
    secret.write_bytes(pdf_bytes("secret du serveur"))
    (outside / "passwd").write_text("root:x:0:0")
    scans = drop / "scans"
    # a scan that is a symlink to a PDF outside the folder
    drop_scan(drop, "link", sidecar(functional_services))
    (scans / "link.pdf").unlink()
    (scans / "link.pdf").symlink_to(secret)
    # an attachment that is a symlink to a system file
    (scans / "annex.txt").symlink_to(outside / "passwd")
    drop_scan(drop, "annexed", sidecar(functional_services, attachments=["annex.txt"]))
    # a sidecar that is a symlink
    (outside / "meta.json").write_text('{"mail_type": "letter"}')
    drop_scan(drop, "linked-meta")
    (scans / "linked-meta.json").symlink_to(outside / "meta.json")
    # an e-mail that is a symlink
    (outside / "m.eml").write_bytes(b"From: a@example.be\r\n\r\nBonjour\r\n")
    (drop / "mail" / "m.eml").symlink_to(outside / "m.eml")
    # a hard link to a file outside (a path that resolves elsewhere)
    (outside / "hard.pdf").write_bytes(pdf_bytes("hard"))
    os.link(outside / "hard.pdf", scans / "hard.pdf")
    drop_scan(drop, "hard-meta", sidecar(functional_services))
    os.replace(scans / "hard-meta.json", scans / "hard.json")
    (scans / "hard-meta.pdf").unlink()

    summary = run(functional_portal)

    assert summary.ingested == 0, [m.title for m in mails(functional_portal)]
    rejected = dict(summary.rejected)
    assert set(rejected) == {
        "scans/link.pdf",
        "scans/annexed.pdf",
        "scans/linked-meta.pdf",
        "mail/m.eml",
        "scans/hard.pdf",
    }
    for name in ("link.pdf", "annexed.pdf", "linked-meta.pdf", "m.eml", "hard.pdf"):
        assert "fichier ordinaire" in reason(drop, name), name
    # the targets are untouched, the links are in quarantine
    assert secret.read_bytes() == pdf_bytes("secret du serveur")
    assert (outside / "passwd").read_text() == "root:x:0:0"
    assert (drop / "quarantine" / "link.pdf").is_symlink()
    assert remaining(drop, "scans") == [] and remaining(drop, "mail") == []


def test_fifo_and_directory_are_quarantined(functional_portal, drop):
    os.mkfifo(drop / "mail" / "pipe.eml")
    os.mkfifo(drop / "scans" / "pipe.pdf")
    (drop / "scans" / "pipe.json").write_text('{"mail_type": "letter"}')
    (drop / "mail" / "dir.eml").mkdir()
    summary = run(functional_portal)
    assert summary.ingested == 0
    assert {n for n, _r in summary.rejected} == {
        "mail/pipe.eml",
        "scans/pipe.pdf",
        "mail/dir.eml",
    }
    assert "fichier ordinaire" in reason(drop, "pipe.eml")
    assert remaining(drop, "mail") == []


def test_a_drop_subfolder_that_is_a_symlink_is_refused(
    functional_portal, drop, tmp_path
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.eml").write_bytes(b"From: a@example.be\r\n\r\nBonjour\r\n")
    (drop / "mail").rmdir()
    (drop / "mail").symlink_to(elsewhere)
    with pytest.raises(FolderError):
        run(functional_portal)
    assert (elsewhere / "x.eml").exists()
    assert mails(functional_portal) == []


# 2. Exactly one mail or the quarantine; conflicts; already done.


def test_reused_scan_id_with_other_content_is_a_conflict(
    functional_portal, functional_services, drop
):
    drop_scan(drop, "first", sidecar(functional_services, scan_id="SC-1"))
    assert run(functional_portal).ingested == 1
    [mail] = mails(functional_portal)
    # the scanner's counter was reset: another document, the same scan_id
    drop_scan(drop, "second", sidecar(functional_services, scan_id="SC-1"))
    summary = run(functional_portal)
    assert summary.ingested == 0 and summary.skipped == 0
    [(name, text)] = summary.rejected
    assert name == "scans/second.pdf"
    assert "conflit" in text.lower() and mail.reference in text
    assert remaining(drop, "quarantine") == [
        "second.json",
        "second.pdf",
        "second.pdf.reason",
    ]
    # the same document again is recognised as done, its files cleaned
    drop_scan(drop, "again", sidecar(functional_services, scan_id="SC-1"), text="first")
    summary = run(functional_portal)
    assert (summary.skipped, summary.rejected) == (1, [])
    assert remaining(drop, "scans") == []


def email(message_id, body="Bonjour", subject="Demande") -> bytes:
    message = EmailMessage()
    message["From"] = "jean@example.be"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()


def test_reused_message_id_with_other_content_is_a_conflict(functional_portal, drop):
    (drop / "mail" / "a.eml").write_bytes(email("<1@example.be>"))
    assert run(functional_portal).ingested == 1
    (drop / "mail" / "b.eml").write_bytes(email("<1@example.be>", body="Autre"))
    (drop / "mail" / "c.eml").write_bytes(email("<1@example.be>"))
    summary = run(functional_portal)
    assert summary.ingested == 0 and summary.skipped == 1
    [(name, text)] = summary.rejected
    assert name == "mail/b.eml" and "conflit" in text.lower()
    assert remaining(drop, "mail") == []
    assert len(mails(functional_portal)) == 1


def test_every_file_ends_as_a_mail_or_in_quarantine(
    functional_portal, functional_services, drop
):
    drop_scan(drop, "ok", sidecar(functional_services))
    drop_scan(drop, "bad", sidecar(functional_services, treating_services=["nope"]))
    (drop / "mail" / "empty.eml").write_bytes(b"")
    (drop / "mail" / "good.eml").write_bytes(email("<2@example.be>"))
    before = every_file(drop)
    summary = run(functional_portal)
    assert summary.ingested == 2
    after = every_file(drop)
    quarantined = [p for p in after if p.startswith("quarantine/")]
    # each file is gone into a mail or sits in quarantine with a reason
    for path in before:
        name = path.split("/", 1)[1]
        moved = f"quarantine/{name}" in quarantined
        assert moved or path in ("scans/ok.pdf", "scans/ok.json", "mail/good.eml")
    for path in quarantined:
        if path.endswith((".pdf", ".eml")):
            assert path + ".reason" in quarantined


def test_sidecar_texts_and_email_checked_by_the_core(
    functional_portal, functional_services, drop
):
    services = functional_services
    drop_scan(drop, "nul", sidecar(services, subject="Jean\x00"))
    drop_scan(drop, "surrogate", sidecar(services, description="\ud800"))
    drop_scan(drop, "email", sidecar(services, sender_email="a@b"))
    summary = run(functional_portal)
    assert summary.ingested == 0
    assert len(summary.rejected) == 3
    transaction.begin()
    assert mails(functional_portal) == []
    for name in ("nul", "surrogate", "email"):
        assert reason(drop, f"{name}.pdf")


# 3. Content, not names.


def test_empty_and_random_emails_are_quarantined(functional_portal, drop):
    (drop / "mail" / "empty.eml").write_bytes(b"")
    (drop / "mail" / "random.eml").write_bytes(bytes(range(256)) * 40)
    (drop / "mail" / "blank.eml").write_bytes(b"\r\n\r\n\r\n")
    summary = run(functional_portal)
    assert summary.ingested == 0, [m.title for m in mails(functional_portal)]
    assert len(summary.rejected) == 3
    assert "ni expéditeur ni texte" in reason(drop, "empty.eml")


def test_a_broken_mime_part_never_becomes_a_pdf(functional_portal, drop):
    message = EmailMessage()
    message["From"] = "jean@example.be"
    message["Subject"] = "Pièce cassée"
    message.set_content("Voir la pièce jointe.")
    message.add_attachment(
        b"\x00garbage not a pdf" * 50,
        maintype="application",
        subtype="pdf",
        filename="facture.pdf",
    )
    (drop / "mail" / "broken.eml").write_bytes(message.as_bytes())
    summary = run(functional_portal)
    assert summary.ingested == 0 and mails(functional_portal) == []
    [(name, text)] = summary.rejected
    assert name == "mail/broken.eml" and "facture.pdf" in text
    assert "n'en est pas un" in reason(drop, "broken.eml")


# 4. Bounded cost, time limit, lock.


def test_huge_header_and_many_parts_are_quarantined(functional_portal, drop):
    addresses = ", ".join(f"u{n}@example.be" for n in range(40000))
    (drop / "mail" / "header.eml").write_bytes(
        f"From: {addresses}\r\nSubject: x\r\n\r\nBonjour\r\n".encode()
    )
    nested = b"From: a@example.be\r\n"
    for depth in range(60):
        nested += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (
            depth,
            depth,
        )
    nested += b"Content-Type: text/plain\r\n\r\nfond\r\n"
    (drop / "mail" / "nested.eml").write_bytes(nested)
    parts = EmailMessage()
    parts["From"] = "a@example.be"
    parts.set_content("texte")
    for n in range(600):
        parts.add_attachment(
            b"x", maintype="text", subtype="plain", filename=f"{n}.txt"
        )
    (drop / "mail" / "parts.eml").write_bytes(parts.as_bytes())
    summary = run(functional_portal)
    assert summary.ingested == 0
    rejected = dict(summary.rejected)
    assert set(rejected) == {"mail/header.eml", "mail/nested.eml", "mail/parts.eml"}
    assert "en-tête" in rejected["mail/header.eml"]
    assert "imbrication" in rejected["mail/nested.eml"]
    assert "parties" in rejected["mail/parts.eml"]


def test_run_time_limit_stops_between_batches_and_releases_the_lock(
    functional_portal, functional_services, drop, monkeypatch
):
    for n in range(3):
        drop_scan(drop, f"s{n}", sidecar(functional_services))
    clock = iter([0.0, 0.0, 100.0, 100.0, 100.0, 100.0])
    monkeypatch.setattr(runner, "monotonic", lambda: next(clock, 100.0))
    summary = run(functional_portal, batch_size=1, max_seconds=10)
    assert summary.ingested == 1
    assert summary.stopped and summary.left == 2
    assert not (drop / LOCK_NAME).exists()
    assert len(remaining(drop, "scans")) == 4


def test_held_and_stale_locks_exit_non_zero(functional_portal, drop, capsys):
    from ia.docs.ingestion import cli

    class Args:
        site = functional_portal.getId()
        admin = None
        folder = None
        limit = None
        batch_size = None
        quiet = True
        acknowledgements = False
        max_seconds = None

    app = functional_portal.aq_parent
    (drop / LOCK_NAME).write_text(f"{os.getpid()} {socket.gethostname()} {time.time()}")
    monkey_login = cli.login_admin
    cli.login_admin = lambda app, admin: None
    try:
        assert cli.ingest(app, Args) == cli.LOCKED
        assert "verrou" in capsys.readouterr().err
        # a lock left by a dead process: taken over, said, non-zero
        (drop / LOCK_NAME).write_text(f"999999999 {socket.gethostname()} 1")
        assert cli.ingest(app, Args) == cli.STALE_LOCK
        assert "abandonné" in capsys.readouterr().err
        assert not (drop / LOCK_NAME).exists()
    finally:
        cli.login_admin = monkey_login


def test_lock_released_when_the_run_fails(tmp_path):
    with pytest.raises(RuntimeError), folder_lock(tmp_path):
        raise RuntimeError("boom")
    assert not (tmp_path / LOCK_NAME).exists()
    with folder_lock(tmp_path), pytest.raises(Locked), folder_lock(tmp_path):
        pass


# 5. A replayed batch leaves the catalog as if the failing document never was.


def catalog_records():
    """(path, UID) of every catalog record."""
    catalog = api.portal.get_tool("portal_catalog")._catalog
    uids = catalog.getIndex("UID")._unindex
    return sorted((path, uids.get(rid)) for rid, path in catalog.paths.items())


def test_replay_leaves_the_catalog_as_without_the_failing_document(
    functional_portal, functional_services, drop
):
    (drop / "scans" / "virus.exe").write_bytes(b"MZ")
    person = {"name": "Dupont", "firstname": "Jean"}
    drop_scan(drop, "a", sidecar(functional_services, subject="A", sender=person))
    drop_scan(
        drop,
        "b",
        sidecar(functional_services, attachments=["virus.exe"], sender=person),
    )
    drop_scan(drop, "c", sidecar(functional_services, subject="C", sender=person))
    summary = run(functional_portal, batch_size=10)
    assert summary.ingested == 2 and len(summary.rejected) == 1
    records = catalog_records()
    paths = [p for p, _u in records]
    uids = [u for _p, u in records]
    assert len(paths) == len(set(paths)) and len(uids) == len(set(uids))
    # every record is an existing object under its own UID, and back
    for path, uid in records:
        obj = functional_portal.unrestrictedTraverse(path, None)
        assert obj is not None, path
        assert api.content.get_uuid(obj) == uid, path
    people = [p for p in paths if p.startswith("/plone/annuaire/")]
    assert people == ["/plone/annuaire/dupont-jean"]
    # exactly what the same batch without the failing document gives
    titles = sorted(m.title for m in mails(functional_portal))
    assert titles == ["A", "C"]
    a, c = sorted(mails(functional_portal), key=lambda m: m.title)
    assert (
        a.sender
        == c.sender
        == api.content.get_uuid(functional_portal.unrestrictedTraverse(people[0]))
    )


def test_ledger_keeps_uids(functional_portal, functional_services, drop):
    drop_scan(drop, "k", sidecar(functional_services, scan_id="K-1"))
    run(functional_portal)
    [mail] = mails(functional_portal)
    assert ledger.entries(get_mail_area(functional_portal)) == {"scan:K-1": mail.UID()}


def test_files_helpers_refuse_non_regular(tmp_path):
    os.mkfifo(tmp_path / "p")
    with pytest.raises(ingest_files.Rejected):
        ingest_files.read_file(tmp_path / "p", 1000)
    (tmp_path / "l").symlink_to(tmp_path / "p")
    with pytest.raises(ingest_files.Rejected):
        ingest_files.read_file(tmp_path / "l", 1000)
