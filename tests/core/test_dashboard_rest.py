"""REST ``@ia-dashboard`` and the ``@@ia-dashboard`` page (functional layer)."""

from ia.core.dashboard.testing import PASSWORD
from ia.core.dashboard.testing import build
from ia.core.testing import FUNCTIONAL_TESTING
from plone import api
from tests.module_worlds import module_world
import pytest
import transaction


# Built once per module and committed, each test starts from a copy
# (tests.module_worlds).
_world_world, world = module_world(
    build, layer=FUNCTIONAL_TESTING, prefix="functional", name="world"
)


@pytest.fixture
def session(world, request_factory):
    def factory(userid, api=True):
        return request_factory(basic_auth=(userid, PASSWORD), api=api)

    return factory


class TestGet:
    def test_lists_with_counts(self, session):
        response = session("alice").get("/@ia-dashboard")
        assert response.status_code == 200, response.text
        counts = {item["id"]: item["items_total"] for item in response.json()["items"]}
        assert counts == {
            "to_treat": 1,
            "my_services": 2,
            "in_copy": 0,
            "overdue": 1,
            "recent": 3,
        }

    def test_reviewer_gets_to_validate(self, session):
        data = session("rita").get("/@ia-dashboard").json()
        counts = {item["id"]: item["items_total"] for item in data["items"]}
        assert counts["to_validate"] == 1

    def test_items(self, session, world):
        response = session("alice").get("/@ia-dashboard/my_services?sort_on=reference")
        assert response.status_code == 200, response.text
        data = response.json()
        assert data["items_total"] == 2
        assert [item["ia_reference"] for item in data["items"]] == [
            "PU/2026/001",
            "PU/2026/002",
        ]
        first = data["items"][0]
        assert first["@id"].endswith("/docs/d1")
        assert first["UID"] == world["docs"]["d1"].UID()
        assert first["ia_responsible_services"] == [
            {"uid": world["a"], "title": "Urbanisme"}
        ]
        assert first["ia_assigned_agent_fullname"] == "Alice Dupont"
        assert first["overdue"] is True
        assert first["review_state"] == "draft"

    def test_batching_links(self, session):
        data = (
            session("alice")
            .get("/@ia-dashboard/my_services?b_size=1&sort_on=title")
            .json()
        )
        assert data["items_total"] == 2
        assert len(data["items"]) == 1
        assert "next" in data["batching"]
        second = session("alice").get(data["batching"]["next"]).json()
        assert second["items"][0]["title"] != data["items"][0]["title"]

    def test_filters(self, session):
        data = (
            session("alice")
            .get("/@ia-dashboard/my_services?review_state=proposed")
            .json()
        )
        assert [item["title"] for item in data["items"]] == ["Avis voirie"]
        data = (
            session("alice")
            .get("/@ia-dashboard/my_services?SearchableText=Haute")
            .json()
        )
        assert [item["title"] for item in data["items"]] == ["Permis rue Haute"]

    def test_list_not_applying(self, session):
        data = session("alice").get("/@ia-dashboard/to_validate").json()
        assert data["applies"] is False
        assert data["items"] == []

    def test_unknown_list_is_404(self, session):
        response = session("alice").get("/@ia-dashboard/nope")
        assert response.status_code == 404
        assert "nope" in response.json()["error"]["message"]

    @pytest.mark.parametrize(
        "qs",
        ["b_size=abc", "b_size=0", "sort_on=getObject", "sort_order=up", "b_start=-3"],
    )
    def test_bad_params_are_400(self, session, qs):
        response = session("alice").get(f"/@ia-dashboard/my_services?{qs}")
        assert response.status_code == 400
        assert response.json()["error"]["message"]

    def test_anonymous_is_401(self, request_factory, world):
        response = request_factory().get("/@ia-dashboard")
        assert response.status_code == 401


class TestTransition:
    def test_batch_transition(self, session, world, functional_portal):
        d1, d3 = world["docs"]["d1"], world["docs"]["d3"]
        response = session("alice").post(
            "/@ia-dashboard/my_services/@transition",
            json={
                "items": [d1.UID(), d3.UID()],
                "transition": "propose",
                "comment": "OK",
            },
        )
        assert response.status_code == 200, response.text
        data = response.json()
        assert data["succeeded"] == 1
        assert data["refused"] == 1
        results = {item["uid"]: item for item in data["items"]}
        assert results[d1.UID()]["success"] is True
        assert results[d1.UID()]["review_state"] == "proposed"
        assert results[d3.UID()]["success"] is False
        transaction.begin()
        assert api.content.get_state(functional_portal.docs.d1) == "proposed"
        assert api.content.get_state(functional_portal.docs.d3) == "validated"

    @pytest.mark.parametrize(
        "body",
        [
            {"items": [], "transition": "propose"},
            {"items": ["x"]},
            {"items": "x", "transition": 3},
            ["x"],
        ],
    )
    def test_bad_body_is_400(self, session, body):
        response = session("alice").post(
            "/@ia-dashboard/my_services/@transition", json=body
        )
        assert response.status_code == 400

    def test_unknown_list_is_404(self, session):
        response = session("alice").post(
            "/@ia-dashboard/nope/@transition", json={"items": ["x"], "transition": "a"}
        )
        assert response.status_code == 404

    def test_anonymous_is_401(self, request_factory, world):
        response = request_factory().post(
            "/@ia-dashboard/my_services/@transition",
            json={"items": ["x"], "transition": "propose"},
        )
        assert response.status_code == 401


class TestPage:
    def test_page_renders_tabs_and_rows(self, session):
        response = session("alice", api=False).get("/@@ia-dashboard?list=my_services")
        assert response.status_code == 200, response.text[:2000]
        html = response.text
        assert 'id="ia-dashboard-tab-my_services"' in html
        assert "Permis rue Haute" in html
        assert "Avis voirie" in html
        assert 'name="_authenticator"' in html
        assert 'scope="col"' in html
        assert '<option value="IaTestDocument"' in html

    def test_page_filter_and_bad_param(self, session):
        html = (
            session("alice", api=False)
            .get("/@@ia-dashboard?list=my_services&review_state=proposed")
            .text
        )
        assert "Avis voirie" in html and "Permis rue Haute" not in html
        response = session("alice", api=False).get(
            "/@@ia-dashboard?list=my_services&b_size=abc"
        )
        assert response.status_code == 200
        assert "alert-danger" in response.text

    def test_batch_transition_needs_csrf_token(self, session, world):
        uid = world["docs"]["d1"].UID()
        response = session("alice", api=False).post(
            "/@@ia-dashboard?list=my_services",
            data={
                "uids:list": [uid],
                "transition": "propose",
                "form.buttons.apply": "1",
            },
        )
        assert response.status_code == 403
        transaction.begin()
        assert api.content.get_state(world["folder"]["d1"]) == "draft"

    def test_two_step_batch_transition(self, session, world, functional_portal):
        import re

        browser = session("alice", api=False)
        page = browser.get("/@@ia-dashboard?list=my_services").text
        token = re.search(r'name="_authenticator" value="([^"]+)"', page).group(1)
        uid = world["docs"]["d1"].UID()
        step1 = browser.post(
            "/@@ia-dashboard?list=my_services",
            data={
                "uids:list": [uid],
                "_authenticator": token,
                "form.buttons.prepare": "1",
            },
        )
        assert step1.status_code == 200
        assert 'value="propose"' in step1.text
        step2 = browser.post(
            "/@@ia-dashboard?list=my_services",
            data={
                "uids:list": [uid],
                "_authenticator": token,
                "transition": "propose",
                "comment": "Vu",
                "form.buttons.apply": "1",
            },
        )
        assert step2.status_code == 200
        assert "list-group-item-success" in step2.text
        transaction.begin()
        assert api.content.get_state(functional_portal.docs.d1) == "proposed"

    def test_anonymous_cannot_see_page(self, request_factory, world):
        response = request_factory(api=False).get(
            "/@@ia-dashboard", allow_redirects=False
        )
        assert response.status_code in (302, 401)
