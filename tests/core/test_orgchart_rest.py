"""``@ia-orgchart``: GET the tree, POST/DELETE members, errors and permissions."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.testing import build_world
from ia.core.testing import PASSWORD
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
import pytest
import requests
import transaction


class RelativeSession(requests.Session):
    """A requests session whose URLs are relative to the site."""

    def __init__(self, base_url):
        super().__init__()
        self.base_url = base_url.rstrip("/")

    def request(self, method, url, **kwargs):
        return super().request(method, self.base_url + url, timeout=30, **kwargs)


@pytest.fixture()
def world(functional_portal):
    world = build_world(functional_portal)
    world["uids"] = {key: obj.UID() for key, obj in world.items()}
    transaction.commit()
    return world


@pytest.fixture()
def session(functional_portal):
    session = RelativeSession(functional_portal.absolute_url())
    session.headers.update({"Accept": "application/json"})
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    yield session
    session.close()


@pytest.fixture()
def anonymous(functional_portal):
    session = RelativeSession(functional_portal.absolute_url())
    session.headers.update({"Accept": "application/json"})
    yield session
    session.close()


def members_of(world, key, function):
    transaction.begin()  # see what the server committed
    return orgchart.members(orgchart.get_service(world["uids"][key]), function)


class TestGet:
    def test_tree(self, world, session):
        response = session.get("/@ia-orgchart")
        assert response.status_code == 200
        data = response.json()
        assert [f["id"] for f in data["functions"]][:2] == ["encoder", "editor"]
        titles = [s["title"] for s in data["services"]]
        assert titles == ["Urbanisme", "Travaux", "Ancien service"]
        urb = data["services"][0]
        assert urb["UID"] == world["uids"]["urb"]
        assert urb["acronym"] == "URB"
        assert [c["title"] for c in urb["children"]] == ["Permis"]
        encoder = urb["functions"][0]
        assert encoder["group_id"] == f"{world['uids']['urb']}_encoder"
        assert encoder["members"] == ["alice"]
        assert encoder["role"] == "IaEncoder"

    def test_active_only(self, world, session):
        data = session.get("/@ia-orgchart?active_only=1").json()
        assert [s["title"] for s in data["services"]] == ["Urbanisme", "Travaux"]

    def test_anonymous_refused(self, world, anonymous):
        assert anonymous.get("/@ia-orgchart").status_code == 401

    def test_civil_servant_refused(self, world, session):
        session.auth = ("alice", PASSWORD)
        assert session.get("/@ia-orgchart").status_code in (401, 403)


class TestMembers:
    def test_post_adds(self, world, session):
        body = {
            "service": world["uids"]["trav"],
            "function": "manager",
            "userid": "dave",
        }
        response = session.post("/@ia-orgchart/members", json=body)
        assert response.status_code == 200, response.text
        assert response.json()["members"] == ["dave"]
        assert members_of(world, "trav", "manager") == ["dave"]

    def test_delete_removes(self, world, session):
        body = {"service": world["uids"]["trav"], "function": "editor", "userid": "bob"}
        response = session.delete("/@ia-orgchart/members", json=body)
        assert response.status_code == 200, response.text
        assert members_of(world, "trav", "editor") == []

    @pytest.mark.parametrize(
        "override, error_type",
        [
            ({"service": "0" * 32}, "UnknownService"),
            ({"function": "janitor"}, "UnknownFunction"),
            ({"userid": "nobody"}, "UnknownUser"),
            ({"userid": ""}, "BadRequest"),
        ],
    )
    def test_post_errors(self, world, session, override, error_type):
        body = {
            "service": world["uids"]["trav"],
            "function": "manager",
            "userid": "dave",
        }
        body.update(override)
        response = session.post("/@ia-orgchart/members", json=body)
        assert response.status_code == 400
        assert response.json()["error"]["type"] == error_type
        assert members_of(world, "trav", "manager") == []

    def test_malformed_json(self, world, session):
        response = session.post(
            "/@ia-orgchart/members",
            data="{nope",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400

    def test_wrong_path(self, world, session):
        response = session.post("/@ia-orgchart/other", json={})
        assert response.status_code == 404

    def test_anonymous_cannot_post(self, world, anonymous):
        body = {
            "service": world["uids"]["trav"],
            "function": "manager",
            "userid": "dave",
        }
        response = anonymous.post("/@ia-orgchart/members", json=body)
        assert response.status_code == 401
        assert members_of(world, "trav", "manager") == []

    def test_civil_servant_cannot_delete(self, world, session):
        session.auth = ("bob", PASSWORD)
        body = {"service": world["uids"]["trav"], "function": "editor", "userid": "bob"}
        response = session.delete("/@ia-orgchart/members", json=body)
        assert response.status_code in (401, 403)
        assert members_of(world, "trav", "editor") == ["bob"]
