"""Ingestion of a drop folder: normal batch, re-run, duplicates, crash after commit."""

from datetime import date
from ia.docs.area import get_mail_area
from ia.docs.ingestion import files as ingest_files
from ia.docs.ingestion import ledger
from ia.docs.ingestion import run
from plone import api
from tests.docs.ingest_helpers import drop_scan
from tests.docs.ingest_helpers import pdf_bytes
from tests.docs.ingest_helpers import remaining
from tests.docs.ingest_helpers import sidecar
import pytest
import transaction


YEAR = date.today().year


@pytest.fixture
def drop(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    transaction.commit()
    return root


def mails(portal):
    return [
        obj
        for obj in get_mail_area(portal).objectValues()
        if obj.portal_type == "IaIncomingMail"
    ]


def test_folder_layout_created(functional_portal, drop):
    summary = run(functional_portal)
    assert (summary.ingested, summary.skipped, summary.rejected) == (0, 0, [])
    assert remaining(drop, "") == ["mail", "quarantine", "scans"]


def test_batch_creates_mails_with_sidecar_data(
    functional_portal, functional_services, drop
):
    services = functional_services
    drop_scan(
        drop,
        "scan-001",
        sidecar(
            services,
            subject="Demande de prime",
            mail_type="request",
            copy_services=["finances"],  # by id
            reception_date="2026-03-02",
            sender={"name": "Dupont", "firstname": "Jean", "email": "j@d.be"},
            sender_email="j@d.be",
            assigned_agent="agent1",
            description="Prime à la rénovation",
            scan_id="SC-1",
        ),
    )
    (drop / "scans" / "annexe.txt").write_text("pièce jointe")
    extra = sidecar(services, subject="Facture", mail_type="invoice")
    extra["attachments"] = ["annexe.txt"]
    drop_scan(drop, "scan-002", extra)
    summary = run(functional_portal)
    assert summary.rejected == []
    assert summary.ingested == 2
    assert sorted(summary.references) == [f"E/{YEAR}/00001", f"E/{YEAR}/00002"]
    by_title = {mail.title: mail for mail in mails(functional_portal)}
    first = by_title["Demande de prime"]
    assert first.mail_type == "request"
    assert first.reception_date == date(2026, 3, 2)
    assert first.due_date == date(2026, 4, 1)  # request: 30 days
    assert first.responsible_services == [services["travaux"]]
    assert first.copy_services == [services["finances"]]
    assert first.assigned_agent == "agent1"
    assert first.original_sender_email == "j@d.be"
    assert first.description == "Prime à la rénovation"
    assert first.main_file.data == pdf_bytes("scan-001")
    assert first.main_file.filename == "scan-001.pdf"
    sender = api.content.get(UID=first.sender)
    assert (sender.firstname, sender.lastname) == ("Jean", "Dupont")
    second = by_title["Facture"]
    [attachment] = second.objectValues()
    assert attachment.portal_type == "IaAttachment"
    assert attachment.file.data == "pièce jointe".encode()
    area = get_mail_area(functional_portal)
    assert ledger.entries(area) == {
        "scan:SC-1": first.UID(),
        f"sha256:{ingest_files.sha256(pdf_bytes('scan-002'))}": second.UID(),
    }
    assert remaining(drop, "scans") == []
    assert remaining(drop, "quarantine") == []


def test_rerun_ingests_nothing_new(functional_portal, functional_services, drop):
    drop_scan(drop, "a", sidecar(functional_services))
    assert run(functional_portal).ingested == 1
    # the scanner drops the same file again
    drop_scan(drop, "a", sidecar(functional_services))
    summary = run(functional_portal)
    assert (summary.ingested, summary.skipped) == (0, 1)
    assert len(mails(functional_portal)) == 1
    assert remaining(drop, "scans") == []


def test_same_pdf_under_two_names_is_one_mail(
    functional_portal, functional_services, drop
):
    drop_scan(drop, "copie-1", sidecar(functional_services), text="même")
    drop_scan(drop, "copie-2", sidecar(functional_services), text="même")
    summary = run(functional_portal)
    assert (summary.ingested, summary.skipped) == (1, 1)
    assert len(mails(functional_portal)) == 1
    assert remaining(drop, "scans") == []


def test_same_pdf_in_two_batches(functional_portal, functional_services, drop):
    drop_scan(drop, "x1", sidecar(functional_services), text="même")
    drop_scan(drop, "x2", sidecar(functional_services), text="même")
    summary = run(functional_portal, batch_size=1)
    assert (summary.ingested, summary.skipped) == (1, 1)


def test_limit(functional_portal, functional_services, drop):
    for n in range(3):
        drop_scan(drop, f"doc-{n}", sidecar(functional_services))
    assert run(functional_portal, limit=2).ingested == 2
    assert remaining(drop, "scans") == ["doc-2.json", "doc-2.pdf"]


def test_progress_called_per_batch(functional_portal, functional_services, drop):
    for n in range(5):
        drop_scan(drop, f"doc-{n}", sidecar(functional_services))
    calls = []
    run(
        functional_portal,
        batch_size=2,
        progress=lambda done, total, name: calls.append((done, total)),
    )
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_crash_between_commit_and_removal(
    functional_portal, functional_services, drop, monkeypatch
):
    for n in range(3):
        drop_scan(drop, f"doc-{n}", sidecar(functional_services))

    def crash(paths):
        raise KeyboardInterrupt("killed after the commit")

    monkeypatch.setattr(ingest_files, "remove", crash)
    with pytest.raises(KeyboardInterrupt):
        run(functional_portal, batch_size=3)
    transaction.abort()
    assert len(mails(functional_portal)) == 3  # committed
    assert len(remaining(drop, "scans")) == 6  # files still there
    monkeypatch.undo()
    summary = run(functional_portal)
    assert (summary.ingested, summary.skipped) == (0, 3)
    assert len(mails(functional_portal)) == 3
    assert remaining(drop, "scans") == []


def test_crash_before_commit_leaves_files(
    functional_portal, functional_services, drop, monkeypatch
):
    drop_scan(drop, "doc", sidecar(functional_services))

    def crash():
        raise KeyboardInterrupt("killed before the commit")

    monkeypatch.setattr(transaction, "commit", crash)
    with pytest.raises(KeyboardInterrupt):
        run(functional_portal)
    monkeypatch.undo()
    transaction.abort()
    assert mails(functional_portal) == []
    assert remaining(drop, "scans") == ["doc.json", "doc.pdf"]
    assert run(functional_portal).ingested == 1


def test_ingested_mail_versions_from_its_first_change(
    functional_portal, functional_services, drop
):
    """No initial version at ingestion (ia.core.versioning): the first
    change saves one, and the values as ingested stay on the mail."""
    from ia.core.versioning import created_as
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    drop_scan(drop, "scan-v", sidecar(functional_services, subject="Plainte bruit"))
    assert run(functional_portal).ingested == 1
    (mail,) = mails(functional_portal)
    repository = api.portal.get_tool("portal_repository")
    assert not repository.getHistoryMetadata(mail)
    assert repository.isVersionable(mail)
    kept = created_as(mail)
    assert kept["title"] == "Plainte bruit"
    assert kept["responsible_services"] == [functional_services["travaux"]]
    assert kept["main_file"] == {
        "filename": "scan-v.pdf",
        "size": len(pdf_bytes("scan-v")),
    }
    mail.title = "Plainte pour bruit (rue Haute)"
    notify(ObjectModifiedEvent(mail))
    transaction.commit()
    assert repository.getHistoryMetadata(mail).getLength(countPurged=False) == 1
    assert created_as(mail)["title"] == "Plainte bruit"
