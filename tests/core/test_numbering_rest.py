"""@ia-numbering over REST: listing, corrections, errors and permissions."""

from datetime import date
from ia.core.numbering import api as numbering
from ia.core.numbering.testing import add_test_type
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import requests
import transaction


YEAR = date.today().year


@pytest.fixture
def portal(functional_portal):
    api.portal.set_registry_record(
        numbering.PATTERNS_RECORD, ["E|E/{year}/{number:05d}|creation"]
    )
    add_test_type(functional_portal, "IaNumberedTestDoc")
    numbering.allocate("E", 2026)
    numbering.allocate("E", 2026)
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    for userid, roles in (("siteadmin", ["Site Administrator"]), ("agent", ["Member"])):
        api.user.create(
            email=f"{userid}@example.org",
            username=userid,
            password="secret-pass-123",
            roles=roles,
        )
    setRoles(functional_portal, TEST_USER_ID, ["Member"])
    transaction.commit()
    return functional_portal


class Session(requests.Session):
    """A session whose URLs are relative to the site."""

    def __init__(self, base):
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", 60)
        return super().request(method, self.base + url, *args, **kwargs)


def session(portal, user=SITE_OWNER_NAME, password=SITE_OWNER_PASSWORD):
    s = Session(portal.absolute_url())
    s.headers.update({"Accept": "application/json"})
    if user:
        s.auth = (user, password)
    return s


def committed_current(portal, register, year):
    transaction.begin()  # see what the requests committed
    return numbering.current(register, year)


def test_get_lists_registers(portal):
    response = session(portal).get("/@ia-numbering?year=2026")
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["year"] == 2026
    by_name = {item["register"]: item for item in data["items"]}
    assert by_name["E"] == {
        "register": "E",
        "pattern": "E/{year}/{number:05d}",
        "moment": "creation",
        "year": 2026,
        "last": 2,
        "next": 3,
        "last_reference": "E/2026/00002",
        "next_reference": "E/2026/00003",
    }
    assert by_name["IaNumberedTestDoc"]["pattern"] == "{register}/{year}/{number:05d}"
    assert data["items_total"] == len(data["items"])


def test_get_defaults_to_current_year(portal):
    data = session(portal).get("/@ia-numbering").json()
    assert data["year"] == YEAR


def test_get_bad_year(portal):
    response = session(portal).get("/@ia-numbering?year=abc")
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"


def test_site_administrator_may_use_it(portal):
    assert (
        session(portal, "siteadmin", "secret-pass-123")
        .get("/@ia-numbering")
        .status_code
        == 200
    )


@pytest.mark.parametrize("user", ["agent", None])
def test_others_may_not(portal, user):
    s = session(portal, user, "secret-pass-123")
    assert s.get("/@ia-numbering").status_code in (401, 403)
    response = s.post(
        "/@ia-numbering", json={"register": "E", "year": 2026, "next": 50}
    )
    assert response.status_code in (401, 403)
    assert committed_current(portal, "E", 2026) == 2


def test_post_sets_next_number(portal):
    response = session(portal).post(
        "/@ia-numbering", json={"register": "E", "year": 2026, "next": 50}
    )
    assert response.status_code == 200, response.text
    assert response.json()["next_reference"] == "E/2026/00050"
    assert committed_current(portal, "E", 2026) == 49
    assert numbering.allocate("E", 2026) == "E/2026/00050"


@pytest.mark.parametrize(
    "body",
    [
        {"register": "E", "year": 2026, "next": 2},  # backwards: would reuse 2
        {"register": "E", "year": 2026, "next": 0},
        {"register": "E", "year": 2026, "next": "50"},
        {"register": "E", "year": "2026", "next": 50},
        {"register": "Nope", "year": 2026, "next": 50},
        {"register": "E", "year": 2026},
        {"next": 50},
    ],
)
def test_post_errors_change_nothing(portal, body):
    response = session(portal).post("/@ia-numbering", json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["message"]
    assert committed_current(portal, "E", 2026) == 2


def test_post_malformed_json(portal):
    response = session(portal).post(
        "/@ia-numbering", data="not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


def test_reference_is_read_only_over_rest(portal):
    s = session(portal)
    response = s.post(
        "/", json={"@type": "IaNumberedTestDoc", "title": "Doc", "reference": "HACK/1"}
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["reference"] == f"IaNumberedTestDoc/{YEAR}/00001"
    url = created["@id"].replace(portal.absolute_url(), "")
    assert s.patch(url, json={"reference": "HACK/2"}).status_code in (204, 400)
    assert s.get(url).json()["reference"] == f"IaNumberedTestDoc/{YEAR}/00001"
