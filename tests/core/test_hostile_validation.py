"""Untrusted values (issue 11): one validation place for the services
(``IaService.field`` → ``ia.core.validation``), the control panel's logo
checked when it is saved. The hostile values are generated here."""

from datetime import date
from ia.core import validation
from ia.core.errors import IaError
from ia.core.settings import api as settings
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.core.test_rest_base import service
import base64
import pytest
import requests
import transaction


HOSTILE_TEXTS = [
    "a\x00b",  # NUL
    "titre\x1b[31m",  # a control character
    "\ud800",  # a lone surrogate
    "x" * 100_001,  # 100 KB and more
]


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_field_refuses_hostile_texts(value):
    with pytest.raises(IaError) as info:
        service().field({"title": value}, "title", str)
    assert info.value.status == 400
    assert info.value.message.mapping["field"] == "title"


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_field_refuses_hostile_list_items(value):
    with pytest.raises(Exception) as info:
        service().field({"names": ["ok", value]}, "names", list)
    assert getattr(info.value, "status", None) == 400


def test_field_keeps_ordinary_text():
    text = "Ligne 1\nLigne 2\tfin — été"
    assert service().field({"t": text}, "t", str) == text


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "9999-12-31"])
def test_field_refuses_dates_out_of_range(value):
    with pytest.raises(Exception) as info:
        service().field({"d": value}, "d", date)
    assert info.value.message == "msg_field_date_range"


def test_field_accepts_a_sane_date():
    assert service().field({"d": "2026-03-02"}, "d", date) == date(2026, 3, 2)


@pytest.mark.parametrize(
    "value, ok",
    [
        ("jean@example.be", True),
        ("jean.dupont+x@commune.example.be", True),
        ("marie.d'hondt@commune.example.be", True),
        ("a@b'c.be", False),
        ("pas une adresse", False),
        ("a@b", False),
        ("a@@b.be", False),
        ("<a@b.be>", False),
        ("a" * 250 + "@b.be", False),
        ("a@b.be\nBcc: x@y.be", False),
    ],
)
def test_email(value, ok):
    assert validation.is_email(value) is ok
    if not ok:
        with pytest.raises(validation.InvalidValue):
            validation.check_email("email", value)


def test_pdf_and_image_by_bytes():
    assert validation.is_pdf(b"%PDF-1.4\n...")
    assert not validation.is_pdf(b"MZ\x90\x00" + b" " * 2000 + b"%PDF- much later")
    assert not validation.is_pdf(b"")
    assert validation.is_image(base64.b64decode(b"iVBORw0KGgo="))
    assert not validation.is_image(b"<svg onload=alert(1)>")


# The control panel's logo, checked when saved; a bad stored value is no logo.


@pytest.fixture
def owner(functional_portal):
    transaction.commit()
    session = requests.Session()
    session.headers.update({"Accept": "application/json", "Accept-Language": "fr"})
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    yield session, functional_portal.absolute_url()
    session.close()


@pytest.mark.parametrize(
    "logo",
    [
        "garbage",
        "filenameb64:bG9nby5wbmc=;datab64:PHN2Zz4=",  # an SVG, not an image we print
        {"data": "x"},
        12,
    ],
)
def test_garbage_logo_refused_when_saved(owner, logo):
    session, url = owner
    response = session.patch(
        f"{url}/@controlpanels/ia-municipality", json={"logo": logo}
    )
    assert response.status_code == 400, response.text[:300]
    page = session.get(f"{url}/@controlpanels/ia-municipality")
    assert page.status_code == 200


def test_a_real_logo_is_saved(owner):
    from plone.formwidget.namedfile.converter import b64encode_file

    session, url = owner
    value = b64encode_file("logo.png", base64.b64decode(b"iVBORw0KGgo="))
    response = session.patch(
        f"{url}/@controlpanels/ia-municipality", json={"logo": value.decode()}
    )
    assert response.status_code == 204, response.text[:300]


def test_garbage_stored_earlier_is_no_logo(functional_portal):
    settings.get_settings().logo = b"garbage"
    assert settings.logo() is None
