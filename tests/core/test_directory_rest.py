"""Directory over REST: create/read/update contacts, vocabularies, import, permissions."""

from ia.core.testing import create_service
from plone import api
import base64
import pytest
import transaction


PASSWORD = "secret-directory-1234"
CSV = (
    "kind;ref;parent;name;firstname;lastname;person;organisation;position_type;start_date;end_date\n"
    "organisation;ORG1;;Commune de Démo;;;;;;;\n"
    "person;P1;;;Jean;Dupont;;;;;\n"
    "position;POS1;;;;;P1;ORG1;bourgmestre;2024-12-02;\n"
    "position;POS2;;;;;P1;ORG1;echevin;2025-03-01;2025-02-01\n"
)


@pytest.fixture
def site(functional_portal):
    api.user.create(
        email="member@demo.be", username="member", password=PASSWORD, roles=["Member"]
    )
    api.user.create(
        email="enc@demo.be", username="encoder", password=PASSWORD, roles=["Member"]
    )
    # A real service: its encoder group is ``<service UID>_encoder``.
    with api.env.adopt_roles(["Manager"]):
        create_service(
            functional_portal["organisation"],
            "Urbanisme",
            members=[("encoder", "encoder")],
        )
    transaction.commit()
    return functional_portal


@pytest.fixture
def manager(site, manager_request):
    return manager_request


@pytest.fixture
def member(site, request_factory):
    return request_factory(basic_auth=("member", PASSWORD))


@pytest.fixture
def encoder(site, request_factory):
    return request_factory(basic_auth=("encoder", PASSWORD))


def _create_organisation(session, **extra):
    data = {
        "@type": "IaOrganisation",
        "title": "Commune de Démo",
        "organisation_type": "commune",
        **extra,
    }
    return session.post("/annuaire", json=data)


class TestCrud:
    def test_organisation(self, manager):
        response = _create_organisation(
            manager, enterprise_number="0123.456.749", city="Démo"
        )
        assert response.status_code == 201, response.text
        url = response.json()["@id"]
        data = manager.get(url).json()
        assert data["title"] == "Commune de Démo"
        assert data["organisation_type"]["token"] == "commune"
        assert data["enterprise_number"] == "0123.456.749"
        assert manager.patch(url, json={"phone": "081 00 00 00"}).status_code == 204
        assert manager.get(url).json()["phone"] == "081 00 00 00"

    def test_bad_bce_refused(self, manager):
        response = _create_organisation(manager, enterprise_number="0123.456.789")
        assert response.status_code == 400
        assert "0123.456.789" in response.text

    def test_person_and_position(self, manager):
        org_uid = _create_organisation(manager).json()["UID"]
        response = manager.post(
            "/annuaire",
            json={
                "@type": "IaPerson",
                "firstname": "Jean",
                "lastname": "Dupont",
                "civility": "mr",
            },
        )
        assert response.status_code == 201, response.text
        person = response.json()
        assert person["title"] == "Dupont Jean"
        response = manager.post(
            person["@id"],
            json={
                "@type": "IaHeldPosition",
                "position_type": "bourgmestre",
                "organisation": org_uid,
                "start_date": "2024-12-02",
                "signatory": True,
            },
        )
        assert response.status_code == 201, response.text
        position = response.json()
        assert position["title"] == "Jean Dupont, Bourgmestre (Commune de Démo)"
        assert position["organisation"]["token"] == org_uid
        assert (
            manager.patch(person["@id"], json={"firstname": "Jeanne"}).status_code
            == 204
        )
        assert (
            manager.get(position["@id"]).json()["title"]
            == "Jeanne Dupont, Bourgmestre (Commune de Démo)"
        )
        assert (
            manager.patch(position["@id"], json={"end_date": "2024-01-01"}).status_code
            == 400
        )

    def test_position_with_unknown_organisation(self, manager):
        person = manager.post(
            "/annuaire", json={"@type": "IaPerson", "lastname": "Dupont"}
        ).json()
        response = manager.post(
            person["@id"],
            json={
                "@type": "IaHeldPosition",
                "position_type": "echevin",
                "organisation": "f" * 32,
            },
        )
        assert response.status_code == 400

    def test_person_needs_lastname(self, manager):
        assert (
            manager.post(
                "/annuaire", json={"@type": "IaPerson", "firstname": "Jean"}
            ).status_code
            == 400
        )


class TestPermissions:
    def test_anonymous_cannot_see_directory(self, site, anon_request):
        assert anon_request.get("/annuaire").status_code == 401

    def test_member_can_view_not_create(self, manager, member):
        url = _create_organisation(manager).json()["@id"]
        assert member.get("/annuaire").status_code == 200
        assert member.get(url).status_code == 200
        assert _create_organisation(member).status_code == 401
        assert member.patch(url, json={"phone": "1"}).status_code == 401

    def test_encoder_creates_contacts_on_the_fly(self, manager, encoder):
        response = encoder.post(
            "/annuaire", json={"@type": "IaPerson", "lastname": "Martin"}
        )
        assert response.status_code == 201, response.text
        assert (
            encoder.patch(
                response.json()["@id"], json={"email": "martin@demo.be"}
            ).status_code
            == 204
        )
        other = _create_organisation(manager).json()["@id"]
        assert encoder.patch(other, json={"phone": "1"}).status_code == 401

    def test_vocabulary_empty_for_anonymous(self, manager, anon_request):
        _create_organisation(manager)
        response = anon_request.get("/@vocabularies/ia.core.organisations")
        assert response.status_code == 401 or response.json().get("items_total") == 0


class TestImport:
    def test_json_base64(self, manager):
        body = {
            "file": {
                "data": base64.b64encode(CSV.encode("utf-8")).decode(),
                "encoding": "base64",
                "filename": "c.csv",
            }
        }
        response = manager.post("/annuaire/@ia-directory-import", json=body)
        assert response.status_code == 200, response.text
        report = response.json()
        assert report["counts"] == {
            "created": 3,
            "updated": 0,
            "unchanged": 0,
            "rejected": 1,
        }
        assert report["rejected"][0]["line"] == 5
        again = manager.post("/annuaire/@ia-directory-import", json=body).json()
        assert again["counts"]["created"] == 0
        assert again["counts"]["unchanged"] == 3

    def test_multipart_dry_run(self, manager):
        response = manager.post(
            "/annuaire/@ia-directory-import",
            files={"file": ("c.csv", CSV.encode("cp1252"), "text/csv")},
            data={"dry_run": "1"},
        )
        assert response.status_code == 200, response.text
        assert response.json()["encoding"] == "cp1252"
        assert response.json()["dry_run"] is True
        assert (
            manager.get("/annuaire/@search?portal_type=IaPerson").json()["items_total"]
            == 0
        )

    def test_unreadable_file(self, manager):
        body = {"data": base64.b64encode(b"\x81\x8d\x8f").decode()}
        response = manager.post("/annuaire/@ia-directory-import", json=body)
        assert response.status_code == 400
        assert response.json()["errors"]

    def test_not_base64(self, manager):
        response = manager.post(
            "/annuaire/@ia-directory-import", json={"data": "not base64!!"}
        )
        assert response.status_code == 400
        assert "base64" in response.json()["error"]["message"]

    def test_member_cannot_import(self, member):
        response = member.post(
            "/annuaire/@ia-directory-import",
            json={"data": base64.b64encode(CSV.encode()).decode()},
        )
        assert response.status_code == 401


class TestVocabularies:
    @pytest.fixture
    def imported(self, manager):
        body = {
            "data": base64.b64encode(
                CSV.replace("2025-03-01;2025-02-01", "2019-01-01;2020-12-31").encode()
            ).decode()
        }
        assert (
            manager.post("/annuaire/@ia-directory-import", json=body).json()["counts"][
                "created"
            ]
            == 4
        )
        return manager

    def test_contacts_over_rest(self, imported, member):
        response = member.get("/@vocabularies/ia.core.contacts?b_size=50")
        assert response.status_code == 200, response.text
        titles = sorted(item["title"] for item in response.json()["items"])
        assert titles == [
            "Commune de Démo",
            "Dupont Jean",
            "Jean Dupont, Bourgmestre (Commune de Démo)",
        ]

    def test_title_filter(self, imported, member):
        data = member.get("/@vocabularies/ia.core.held_positions?title=bourg").json()
        assert [item["title"] for item in data["items"]] == [
            "Jean Dupont, Bourgmestre (Commune de Démo)"
        ]

    def test_getvocabulary_search(self, imported, site, request_factory):
        """What the AjaxSelect widget of the position's organisation field asks."""
        [item] = imported.get("/@search?ia_external_id=POS1").json()["items"]
        path = item["@id"][len(site.absolute_url()) :]
        session = request_factory(role="Manager", api=False)
        params = {
            "name": "ia.core.organisations",
            "field": "organisation",
            "query": "dém",
        }
        response = session.get(f"{path}/@@getVocabulary", params=params)
        assert response.status_code == 200, response.text
        assert [item["text"] for item in response.json()["results"]] == [
            "Commune de Démo"
        ]
        params["query"] = "nothing-like-this"
        assert (
            session.get(f"{path}/@@getVocabulary", params=params).json()["results"]
            == []
        )
