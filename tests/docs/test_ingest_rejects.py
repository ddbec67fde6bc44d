"""Bad input is quarantined with a French ``.reason``; the batch goes on and
nothing of a rejected document stays in the site."""

from datetime import date
from ia.core.directory.api import find_person
from ia.docs.area import get_mail_area
from ia.docs.ingestion import run
from plone import api
from tests.docs.ingest_helpers import drop_scan
from tests.docs.ingest_helpers import remaining
from tests.docs.ingest_helpers import sidecar
import os
import pytest
import transaction


@pytest.fixture
def drop(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    api.portal.set_registry_record("plone.default_language", "fr")
    transaction.commit()
    return root


def mails(portal):
    return [
        o
        for o in get_mail_area(portal).objectValues()
        if o.portal_type == "IaIncomingMail"
    ]


def reason(root, name):
    return (root / "quarantine" / f"{name}.reason").read_text(encoding="utf-8")


def test_each_bad_input_quarantined_and_batch_goes_on(
    functional_portal, functional_services, drop
):
    services = functional_services
    scans = drop / "scans"
    good = sidecar(services, subject="Le bon")
    drop_scan(drop, "00-good", good)
    drop_scan(drop, "not-pdf", sidecar(services))
    (scans / "not-pdf.pdf").write_text("Ceci n'est pas un PDF")
    drop_scan(drop, "truncated", sidecar(services))
    (scans / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    drop_scan(drop, "no-sidecar")
    drop_scan(drop, "bad-json", raw_sidecar=b'{"subject": ')
    drop_scan(drop, "unknown-key", sidecar(services, colour="blue"))
    drop_scan(drop, "bad-date", sidecar(services, reception_date=12))
    drop_scan(drop, "bad-service", sidecar(services, treating_services=["nowhere"]))
    drop_scan(drop, "bad-type", sidecar(services, mail_type="telegram"))
    drop_scan(
        drop,
        "bad-agent",
        sidecar(services, assigned_agent="ghost", sender={"name": "Fantôme"}),
    )
    drop_scan(drop, "bad-sender", sidecar(services, sender="no-such-uid"))
    drop_scan(drop, "dotdot", sidecar(services, attachments=["../secret.txt"]))
    drop_scan(drop, "absolute", sidecar(services, attachments=["/etc/passwd"]))
    drop_scan(drop, "no-annex", sidecar(services, attachments=["absent.txt"]))
    drop_scan(drop, "latin1", raw_sidecar='{"subject": "Été"}'.encode("latin-1"))
    long_name = "x" * 210
    drop_scan(drop, long_name, sidecar(services))

    summary = run(functional_portal)

    assert summary.ingested == 1, [m.title for m in mails(functional_portal)]
    assert [m.title for m in mails(functional_portal)] == ["Le bon"]
    # the sender of the rejected "bad-agent" was not created
    assert find_person(None, "Fantôme") is None
    rejected = dict(summary.rejected)
    assert len(rejected) == 15
    expected = {
        "not-pdf": "Le fichier not-pdf.pdf n'est pas un PDF.",
        "truncated": "Le PDF truncated.pdf est tronqué ou endommagé.",
        "no-sidecar": "Pas de fichier de métadonnées : no-sidecar.json",
        "bad-json": "Métadonnées : JSON invalide.",
        "unknown-key": "Métadonnées : clé inconnue « colour ».",
        "bad-date": "la clé « reception_date » doit être une date (AAAA-MM-JJ).",
        "bad-service": "Service inconnu : nowhere.",
        "bad-type": "Type de courrier inconnu : telegram.",
        "bad-agent": "Agent inconnu : ghost.",
        "bad-sender": "Expéditeur inconnu : aucun contact",
        "dotdot": "nom de pièce jointe invalide",
        "absolute": "nom de pièce jointe invalide",
        "no-annex": "Pièce jointe manquante : absent.txt.",
        "latin1": "Métadonnées : le fichier n'est pas encodé en UTF-8.",
    }
    for name, text in expected.items():
        assert text in rejected[f"scans/{name}.pdf"], name
        assert text in reason(drop, f"{name}.pdf"), name
        assert (drop / "quarantine" / f"{name}.pdf").exists()
    assert "dépasse 200 caractères" in rejected[f"scans/{long_name}.pdf"]
    # every file moved with its document: nothing left, nothing lost
    assert remaining(drop, "scans") == []
    quarantined = remaining(drop, "quarantine")
    assert "bad-json.json" in quarantined and "unknown-key.json" in quarantined
    assert len([n for n in quarantined if n.endswith(".pdf")]) == 15
    assert "Accepted keys:" in reason(drop, "unknown-key.pdf")


def test_failure_while_writing_replays_the_batch_without_it(
    functional_portal, functional_services, drop
):
    # the attachment type is refused only when the attachment is added,
    # after the mail and its new sender were written
    (drop / "scans").mkdir(parents=True, exist_ok=True)
    (drop / "scans" / "virus.exe").write_bytes(b"MZ")
    drop_scan(drop, "a-good", sidecar(functional_services, subject="Avant"))
    drop_scan(
        drop,
        "b-exe",
        sidecar(
            functional_services,
            attachments=["virus.exe"],
            sender={"name": "Pirate"},
        ),
    )
    drop_scan(drop, "c-good", sidecar(functional_services, subject="Après"))
    summary = run(functional_portal, batch_size=10)
    assert summary.ingested == 2
    assert sorted(m.title for m in mails(functional_portal)) == ["Après", "Avant"]
    assert find_person(None, "Pirate") is None
    [(name, text)] = summary.rejected
    assert name == "scans/b-exe.pdf"
    assert "ne sont pas acceptés" in text or "not accepted" in text
    assert remaining(drop, "quarantine") == [
        "b-exe.json",
        "b-exe.pdf",
        "b-exe.pdf.reason",
        "virus.exe",
    ]
    year = date.today().year
    # the aborted attempt used no number
    assert sorted(summary.references) == [f"E/{year}/00001", f"E/{year}/00002"]


def test_too_large(functional_portal, functional_services, drop):
    api.portal.set_registry_record("ia.docs.ingest_max_bytes", 100)
    transaction.commit()
    drop_scan(drop, "big", sidecar(functional_services))
    summary = run(functional_portal)
    [(name, text)] = summary.rejected
    assert name == "scans/big.pdf"
    assert "plus que le maximum de 100" in text
    assert remaining(drop, "quarantine") == ["big.json", "big.pdf", "big.pdf.reason"]


def test_file_name_not_utf8(functional_portal, functional_services, drop):
    drop_scan(drop, "ok", sidecar(functional_services))
    bad = os.fsencode(drop / "scans") + b"/caf\xe9.pdf"
    with open(bad, "wb") as handle:
        handle.write(b"%PDF-1.4 whatever")
    summary = run(functional_portal)
    assert summary.ingested == 1
    [(name, text)] = summary.rejected
    assert "n'est pas en UTF-8" in text
    assert remaining(drop, "scans") == []
    assert sorted(os.listdir(drop / "quarantine")) == [
        "caf\udce9.pdf",
        "caf\udce9.pdf.reason",
    ]


def test_quarantine_keeps_both_copies(functional_portal, functional_services, drop):
    drop_scan(drop, "twice", sidecar(functional_services, colour="red"))
    run(functional_portal)
    drop_scan(drop, "twice", sidecar(functional_services, colour="red"))
    run(functional_portal)
    assert remaining(drop, "quarantine") == [
        "twice-2.json",
        "twice-2.pdf",
        "twice-2.pdf.reason",
        "twice.json",
        "twice.pdf",
        "twice.pdf.reason",
    ]


def test_without_sidecar_when_not_required(
    functional_portal, functional_services, drop
):
    api.portal.set_registry_record("ia.docs.ingest_require_sidecar", False)
    api.portal.set_registry_record("ia.docs.ingest_mail_service", "travaux")
    api.portal.set_registry_record("ia.docs.ingest_mail_type", "information")
    transaction.commit()
    drop_scan(drop, "bare")
    summary = run(functional_portal)
    assert summary.ingested == 1, summary.rejected
    [mail] = mails(functional_portal)
    assert mail.title == "bare"
    assert mail.mail_type == "information"
    assert mail.responsible_services == [functional_services["travaux"]]


def test_no_folder_configured(functional_portal):
    from ia.docs.ingestion.settings import FolderError

    with pytest.raises(FolderError):
        run(functional_portal)
    with pytest.raises(FolderError):
        run(functional_portal, "relative/path")
