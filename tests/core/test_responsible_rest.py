"""ia.responsible over REST: create a document, who can see it, validation errors."""

from ia.core.orgchart.testing import build_world
from ia.core.testing import PASSWORD
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
import pytest
import requests
import transaction


@pytest.fixture()
def world(functional_portal):
    world = build_world(functional_portal)
    folder = api.content.create(functional_portal, "Folder", id="docs", title="Docs")
    api.user.grant_roles(username="alice", obj=folder, roles=["Contributor"])
    api.user.grant_roles(username="bob", obj=folder, roles=["Contributor"])
    api.user.grant_roles(username="carol", obj=folder, roles=["Contributor"])
    world["uids"] = {key: obj.UID() for key, obj in world.items()}
    world["url"] = folder.absolute_url()
    transaction.commit()
    return world


def call(method, url, user=SITE_OWNER_NAME, **kwargs):
    password = SITE_OWNER_PASSWORD if user == SITE_OWNER_NAME else PASSWORD
    return requests.request(
        method,
        url,
        auth=(user, password),
        headers={"Accept": "application/json"},
        timeout=30,
        **kwargs,
    )


def create(world, user=SITE_OWNER_NAME, **fields):
    body = {"@type": "IaTestDocument", "title": "Demande de permis", **fields}
    return call("POST", world["url"], user=user, json=body)


class TestCreate:
    def test_create_with_services(self, world):
        response = create(
            world,
            responsible_services=[world["uids"]["urb"]],
            copy_services=[world["uids"]["trav"]],
            assigned_agent="alice",
        )
        assert response.status_code == 201, response.text
        data = response.json()
        assert [t["token"] for t in data["responsible_services"]] == [
            world["uids"]["urb"]
        ]
        assert data["assigned_agent"]["token"] == "alice"
        url = data["@id"]
        assert call("GET", url, user="alice").status_code == 200
        assert call("GET", url, user="dave").status_code in (401, 403)

    def test_search_by_service(self, world):
        create(world, responsible_services=[world["uids"]["urb"]])
        search = call(
            "GET",
            f"{world['url']}/@search?ia_responsible_services={world['uids']['urb']}"
            "&metadata_fields=ia_responsible_services",
        )
        items = search.json()["items"]
        assert len(items) == 1
        assert items[0]["ia_responsible_services"] == [world["uids"]["urb"]]
        assert (
            call(
                "GET", f"{world['url']}/@search?portal_type=IaTestDocument", user="bob"
            ).json()["items_total"]
            == 0
        )

    def test_default_is_creator_encoder_service(self, world):
        response = create(world, user="alice")
        assert response.status_code == 201, response.text
        assert [t["token"] for t in response.json()["responsible_services"]] == [
            world["uids"]["urb"]
        ]

    def test_default_is_an_editors_own_service(self, world):
        # bob is an editor of Travaux, nowhere an encoder: his own service
        response = create(world, user="bob")
        assert response.status_code == 201, response.text
        assert [t["token"] for t in response.json()["responsible_services"]] == [
            world["uids"]["trav"]
        ]

    def test_required_without_default(self, world):
        response = create(world, user="carol")  # only a reader of Travaux
        assert response.status_code == 400
        assert "responsible_services" in response.text

    def test_unknown_service_refused(self, world):
        response = create(world, responsible_services=["0" * 32])
        assert response.status_code == 400

    def test_inactive_service_refused_on_new_document(self, world):
        response = create(world, responsible_services=[world["uids"]["old"]])
        assert response.status_code == 400

    def test_agent_must_be_a_user(self, world):
        response = create(
            world, responsible_services=[world["uids"]["urb"]], assigned_agent="nobody"
        )
        assert response.status_code == 400
