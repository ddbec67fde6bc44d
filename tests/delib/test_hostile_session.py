"""Session guests under hostile input (issue 11): the names are texts of at
most 200 characters, at most 100 of them, without NUL, control characters
or lone surrogates; a refusal is a translated 400 and changes nothing."""

from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from plone import api
from tests.delib.session_world import make_world
import pytest
import transaction


@pytest.fixture
def url(functional_portal):
    world = make_world(functional_portal)
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    transaction.commit()
    return f"{world['meeting'].absolute_url()}/@ia-session/attendance"


def guests(url, names):
    return rest("POST", url, "secretaire", json={"action": "guests", "guests": names})


@pytest.mark.parametrize(
    "names",
    [
        ["x" * 1_000_000],
        ["M. Expert", "n" * 201],
        ["M. Expert\x00"],
        ["\udfff"],
        ["g"] * 101,
        "M. Expert",
        [{"name": "x"}],
    ],
)
def test_hostile_guests_refused(url, names):
    assert guests(url, ["Avant"]).status_code == 200
    response = guests(url, names)
    assert response.status_code == 400, response.text[:300]
    assert "msg_" not in response.text
    assert rest("GET", url.rsplit("/", 1)[0], "secretaire").json()["guests"] == [
        "Avant"
    ]


def test_ordinary_guests_kept(url):
    response = guests(url, ["M. Expert — été", "Mme Dupont"])
    assert response.status_code == 200, response.text[:300]
    assert response.json()["guests"] == ["M. Expert — été", "Mme Dupont"]
