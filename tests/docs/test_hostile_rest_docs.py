"""Over REST, an incoming mail's main file is a PDF by its bytes (issue 11):
a file only named or declared a PDF is refused with a translated 400."""

from ia.core.testing import PASSWORD
from ia.core.testing_pdf import pdf_bytes
from ia.core.workflows.testing import rest
import base64
import pytest
import requests


@pytest.fixture
def site(functional_portal, functional_services):
    return functional_portal.absolute_url(), functional_services


def register(base, services, data: bytes):
    return rest(
        "POST",
        f"{base}/courrier",
        "encodeur",
        json={
            "@type": "IaIncomingMail",
            "title": "Scan",
            "mail_type": "complaint",
            "reception_date": "2026-03-02",
            "responsible_services": [services["travaux"]],
            "main_file": {
                "data": base64.b64encode(data).decode(),
                "encoding": "base64",
                "filename": "scan.pdf",
                "content-type": "application/pdf",
            },
        },
    )


@pytest.mark.parametrize(
    "data", [b"MZ\x90\x00 not a pdf", b"x" * 2000 + b"<html>%PDF-</html>"]
)
def test_non_pdf_main_file_refused(site, data):
    base, services = site
    response = register(base, services, data)
    assert response.status_code == 400, response.text[:300]
    assert "msg_main_file_pdf" not in response.text
    assert "PDF" in response.text


def test_pdf_main_file_accepted(site):
    base, services = site
    response = register(base, services, pdf_bytes("scan"))
    assert response.status_code == 201, response.text[:300]


def outgoing_count():
    from plone import api
    import transaction

    transaction.begin()
    return len(api.content.find(portal_type="IaOutgoingMail"))


@pytest.mark.parametrize(
    "endpoint, body",
    [
        ("@ia-reply", {"title": "x" * 1_000_000}),
        ("@ia-reply", {"title": "Réponse\x00"}),
        ("@ia-reply", {"title": "\ud800"}),
        ("@ia-handovers", {"handover": "ia.docs.reply", "title": "t" * 1001}),
        ("@ia-handovers", {"handover": "ia.docs.reply", "title": "a\x1bb"}),
    ],
)
def test_reply_title_limits(site, endpoint, body):
    base, services = site
    mail = register(base, services, pdf_bytes("scan"))
    assert mail.status_code == 201, mail.text[:300]
    before = outgoing_count()
    response = rest("POST", f"{mail.json()['@id']}/{endpoint}", "chef", json=body)
    assert response.status_code == 400, response.text[:300]
    assert "msg_" not in response.text
    assert outgoing_count() == before


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2200-01-01"])
def test_reception_date_out_of_range_is_a_french_400(site, day):
    from plone import api
    import transaction

    base, services = site
    api.portal.set_registry_record("plone.default_language", "fr")
    transaction.commit()
    response = requests.post(
        f"{base}/courrier",
        auth=("encodeur", PASSWORD),
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        timeout=30,
        json={
            "@type": "IaIncomingMail",
            "title": "Scan",
            "mail_type": "complaint",
            "reception_date": day,
            "responsible_services": [services["travaux"]],
        },
    )
    assert response.status_code == 400, response.text[:300]
    assert "doit être une date entre 1900-01-01 et 2199-12-31" in str(
        response.json()["message"]
    )
