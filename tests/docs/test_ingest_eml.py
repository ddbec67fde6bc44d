"""``.eml`` files: an incoming e-mail each, whatever their encoding."""

from datetime import date
from email.message import EmailMessage
from ia.docs.area import get_mail_area
from ia.docs.ingestion import eml
from ia.docs.ingestion import run
from plone import api
from tests.docs.ingest_helpers import pdf_bytes
from tests.docs.ingest_helpers import remaining
import pytest
import transaction


def message_with_pdf() -> bytes:
    message = EmailMessage()
    message["From"] = "=?utf-8?q?H=C3=A9l=C3=A8ne_Lef=C3=A8vre?= <helene@example.be>"
    message["To"] = "courrier@demo.be"
    message["Subject"] = "=?utf-8?q?Demande_d=27acc=C3=A8s?="
    message["Date"] = "Tue, 03 Mar 2026 10:00:00 +0100"
    message.set_content("Bonjour,\nveuillez trouver ma demande.")
    message.add_attachment(
        pdf_bytes("demande"),
        maintype="application",
        subtype="pdf",
        filename="demande.pdf",
    )
    message.add_attachment(
        b"a;b\n1;2\n", maintype="text", subtype="csv", filename="../../table.csv"
    )
    return message.as_bytes()


WRONG_CHARSET = (
    b"From: Jos\xe9 <jose@example.be>\r\n"
    b"Subject: =?utf-8?b?invalid-base64?= Caf\xe9\r\n"
    b"Date: not a date\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=klingon\r\n"
    b"\r\n"
    b"<html><style>p{}</style><body><p>Caf\xe9 cr\xe8me</p><br>fin</body></html>\r\n"
)

UTF8_AS_ASCII = (
    b"From: a@example.be\r\nSubject: test\r\n"
    b"Content-Type: text/plain; charset=us-ascii\r\n\r\n"
    b"d\xc3\xa9j\xc3\xa0 \xff\r\n"
)


def test_parse_message_with_pdf():
    document = eml.parse(message_with_pdf(), "sha256:x", "m.eml")
    assert document.title == "Demande d'accès"
    assert document.sender_email == "helene@example.be"
    assert document.reception_date == date(2026, 3, 3)
    assert document.description.startswith("Bonjour,\nveuillez")
    assert document.main_file.filename == "demande.pdf"
    assert document.main_file.data == pdf_bytes("demande")
    [table] = document.attachments
    assert table.filename == "table.csv"  # no path kept


def test_parse_wrong_charset_never_crashes():
    document = eml.parse(WRONG_CHARSET, "k", "bad.eml")
    assert document.sender_email == "jose@example.be"
    assert "Caf" in document.title
    assert document.reception_date == date.today()
    assert "cr" in document.description and "p{}" not in document.description
    assert document.main_file is None
    assert [a.filename for a in document.attachments] == ["message.eml"]
    ascii_doc = eml.parse(UTF8_AS_ASCII, "k", "a.eml")
    assert "\ufffd" in ascii_doc.description  # replaced, not raised


@pytest.fixture
def drop(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("ia.docs.ingest_mail_service", "Travaux")
    api.portal.set_registry_record("ia.docs.ingest_mail_type", "request")
    transaction.commit()
    (root / "mail").mkdir(parents=True)
    return root


def test_eml_ingested_once(functional_portal, functional_services, drop):
    (drop / "mail" / "one.eml").write_bytes(message_with_pdf())
    (drop / "mail" / "two.eml").write_bytes(WRONG_CHARSET)
    summary = run(functional_portal)
    assert summary.rejected == []
    assert summary.ingested == 2
    mails = {
        m.original_sender_email: m
        for m in get_mail_area(functional_portal).objectValues()
    }
    first = mails["helene@example.be"]
    assert first.title == "Demande d'accès"
    assert first.mail_type == "request"
    assert first.responsible_services == [functional_services["travaux"]]
    assert first.main_file.filename == "demande.pdf"
    assert [a.title for a in first.objectValues()] == ["table.csv"]
    second = mails["jose@example.be"]
    assert second.main_file is None
    [kept] = second.objectValues()
    assert kept.file.filename == "message.eml"
    assert kept.file.data == WRONG_CHARSET
    assert remaining(drop, "mail") == []
    (drop / "mail" / "again.eml").write_bytes(WRONG_CHARSET)
    summary = run(functional_portal)
    assert (summary.ingested, summary.skipped) == (0, 1)


def test_eml_without_service_is_quarantined(functional_portal, drop):
    api.portal.set_registry_record("ia.docs.ingest_mail_service", "")
    transaction.commit()
    (drop / "mail" / "one.eml").write_bytes(UTF8_AS_ASCII)
    summary = run(functional_portal)
    [(name, text)] = summary.rejected
    assert name == "mail/one.eml"
    assert "Aucun service traitant" in text
    assert remaining(drop, "quarantine") == ["one.eml", "one.eml.reason"]
