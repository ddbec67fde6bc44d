"""Over REST, an incoming mail's main file is a PDF by its bytes (issue 11):
a file only named or declared a PDF is refused with a translated 400."""

from ia.core.testing_pdf import pdf_bytes
from ia.core.workflows.testing import rest
import base64
import pytest


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
