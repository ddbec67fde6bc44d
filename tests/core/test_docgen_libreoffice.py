"""Conversion through a headless LibreOffice (PDF, DOCX).

Runs when ``soffice`` and the system ``python3-uno`` are installed (CI
installs them); skipped otherwise, unless ``IA_LIBREOFFICE=1`` which makes a
missing LibreOffice an error. The fixture starts its own LibreOffice on a
free port and builds the UNO Python wrapper (ia.core.docgen.unopython).
"""

from ia.core.docgen import api as docgen
from ia.core.docgen import settings
from ia.core.docgen.unopython import has_uno
from ia.core.docgen.unopython import make_uno_python
from ia.core.testing import create_document
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import io
import os
import pytest
import shutil
import subprocess
import time
import transaction
import zipfile


pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory, free_port):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    missing = None
    if soffice is None:
        missing = "soffice is not installed (apt-get install libreoffice-writer-nogui)"
    elif not has_uno():
        missing = "/usr/bin/python3 cannot import uno (apt-get install python3-uno)"
    if missing:
        if os.environ.get("IA_LIBREOFFICE") == "1":
            pytest.fail(f"IA_LIBREOFFICE=1 but {missing}")
        pytest.skip(missing)
    base = tmp_path_factory.mktemp("libreoffice")
    uno_python = make_uno_python(base / "uno")
    port = free_port()
    process = subprocess.Popen(
        [
            soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
            f"-env:UserInstallation=file://{base / 'profile'}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while settings.answering_port("127.0.0.1", [port], timeout=1) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"LibreOffice did not start on port {port}")
            time.sleep(0.5)
        yield {"server": "127.0.0.1", "port": port, "uno_path": uno_python}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _prepare(portal, libreoffice):
    settings.set_libreoffice(**libreoffice)
    with api.env.adopt_roles(["Manager"]):
        return create_document(
            portal,
            id="courrier",
            title="Courrier à Mme Martin",
            reference="E/2026/00042",
        )


def test_pdf_is_produced(portal, libreoffice):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    doc = _prepare(portal, libreoffice)
    data, filename, mimetype = docgen.generate(doc, "ia-test-lettre", "pdf")
    assert data.startswith(b"%PDF")
    assert filename.endswith(".pdf")
    assert mimetype == "application/pdf"


def test_docx_is_produced(portal, libreoffice):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    doc = _prepare(portal, libreoffice)
    data, filename, _mimetype = docgen.generate(doc, "ia-test-lettre", "docx")
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "Courrier à Mme Martin" in document
    assert "E/2026/00042" in document


def test_pdf_over_rest(functional_portal, request_factory, libreoffice):
    _prepare(functional_portal, libreoffice)
    transaction.commit()
    response = request_factory(role="Manager").post(
        "/courrier/@ia-documents", json={"template": "ia-test-lettre", "format": "pdf"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
