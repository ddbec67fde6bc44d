"""The Delib documents in PDF through a headless LibreOffice (the core's
``libreoffice`` fixture: skipped unless soffice and python3-uno are there,
or IA_LIBREOFFICE=1)."""

from ia.core.docgen import api as docgen
from ia.core.docgen import settings
from tests.core.test_docgen_libreoffice import libreoffice  # noqa: F401 (fixture)
from tests.delib.documents_world import make_world
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


@pytest.mark.parametrize(
    "template, on_item",
    [
        ("ia-delib-convocation", False),
        ("ia-delib-ordre-du-jour-public", False),
        ("ia-delib-proces-verbal", False),
        ("ia-delib-extrait", True),
    ],
)
def test_pdf(portal, libreoffice, template, on_item):  # noqa: F811
    world = make_world(portal)
    settings.set_libreoffice(**libreoffice)
    obj = world["items"][0] if on_item else world["meeting"]
    data, filename, mimetype = docgen.generate(obj, template, "pdf")
    assert data.startswith(b"%PDF")
    assert filename.endswith(".pdf")
    assert mimetype == "application/pdf"
    assert len(data) > 1000
