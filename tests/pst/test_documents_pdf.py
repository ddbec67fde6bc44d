"""The programme document in PDF through a headless LibreOffice (the core's
``libreoffice`` fixture: skipped unless soffice and python3-uno are there,
or IA_LIBREOFFICE=1)."""

from ia.core.docgen import api as docgen
from ia.core.docgen import settings
from tests.core.test_docgen_libreoffice import libreoffice  # noqa: F401 (fixture)
import pytest
import socket


pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="session")
def free_port():
    def factory():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    return factory


@pytest.mark.parametrize("template", ["pst-programme", "pst-evaluation-finale"])
def test_pdf(programme, libreoffice, template):  # noqa: F811
    settings.set_libreoffice(**libreoffice)
    data, filename, mimetype = docgen.generate(programme["pst"], template, "pdf")
    assert data.startswith(b"%PDF")
    assert mimetype == "application/pdf"
