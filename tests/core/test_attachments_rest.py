"""Attachments over REST: creation with a base64 file, listing, refusals."""

from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.behaviors.attachments_testing import b64_file
from ia.core.behaviors.attachments_testing import blob
from ia.core.behaviors.attachments_testing import prepare
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
import pytest
import transaction


@pytest.fixture()
def document(functional_portal):
    prepare(functional_portal)
    create_user("copie", "Claire Copie")
    document = create_document(functional_portal, "IaTestCase", title="Dossier REST")
    grant_local(document, "copie", "IaCopyReader")
    transaction.commit()
    return document


@pytest.fixture()
def manager(request_factory):
    return request_factory(role="Manager")


def post_attachment(session, path, **fields):
    body = {"@type": "IaAttachment"}
    body.update(fields)
    return session.post(path, json=body)


class TestCreate:
    def test_create_with_base64_file(self, document, manager):
        response = post_attachment(
            manager,
            "/dossier-rest",
            file=b64_file(filename="plan-masse.pdf"),
            category="plan",
        )
        assert response.status_code == 201, response.text
        data = response.json()
        assert data["title"] == "plan-masse.pdf"
        assert data["id"] == "plan-masse.pdf"
        assert data["category"]["token"] == "plan"
        assert data["file"]["content-type"] == "application/pdf"

    def test_listing(self, document, manager):
        post_attachment(
            manager, "/dossier-rest", file=b64_file(filename="a.pdf"), category="plan"
        )
        post_attachment(
            manager, "/dossier-rest", file=b64_file(filename="b.pdf"), category="photo"
        )
        post_attachment(
            manager,
            "/dossier-rest",
            file=b64_file(filename="c.pdf"),
            category="plan",
            title="Plan coté",
        )
        response = manager.get("/dossier-rest/@ia-attachments")
        assert response.status_code == 200
        data = response.json()
        assert data["items_total"] == 3
        assert data["categories"] == [
            {"id": "plan", "title": "Plan", "count": 2},
            {"id": "photo", "title": "Photo", "count": 1},
        ]
        assert [item["title"] for item in data["items"]] == [
            "a.pdf",
            "b.pdf",
            "Plan coté",
        ]
        filtered = manager.get("/dossier-rest/@ia-attachments?category=photo").json()
        assert [item["title"] for item in filtered["items"]] == ["b.pdf"]

    def test_download_link_works(self, document, manager):
        post_attachment(manager, "/dossier-rest", file=b64_file(filename="a.pdf"))
        item = manager.get("/dossier-rest/@ia-attachments").json()["items"][0]
        import requests

        response = requests.get(item["download"], auth=manager.auth)
        assert response.status_code == 200
        assert response.content.startswith(b"%PDF")


class TestRefusals:
    def test_two_categories_at_once(self, document, manager):
        response = manager.get(
            "/dossier-rest/@ia-attachments?category=plan&category=photo"
        )
        assert response.status_code == 400
        assert "?category=<id>" in response.json()["error"]["message"]

    def test_too_large(self, document, manager):
        api.portal.set_registry_record("ia.core.attachment_max_size_mb", 1)
        transaction.commit()
        response = post_attachment(
            manager,
            "/dossier-rest",
            file=b64_file(data=b"0" * (1024 * 1024 + 10), filename="gros.pdf"),
        )
        assert response.status_code == 400
        assert "1 MB" in response.text
        assert "gros.pdf" not in document.objectIds()

    def test_type_not_allowed(self, document, manager):
        response = post_attachment(
            manager,
            "/dossier-rest",
            file=b64_file(
                data=b"MZ",
                filename="virus.exe",
                content_type="application/x-msdownload",
            ),
        )
        assert response.status_code == 400
        assert "application/x-msdownload" in response.text

    def test_unknown_category(self, document, manager):
        response = post_attachment(
            manager,
            "/dossier-rest",
            file=b64_file(filename="a.pdf"),
            category="inconnue",
        )
        assert response.status_code == 400

    def test_file_required(self, document, manager):
        response = post_attachment(manager, "/dossier-rest", title="Sans fichier")
        assert response.status_code == 400

    def test_copy_reader_cannot_add(self, document, request_factory):
        session = request_factory(basic_auth=("copie", PASSWORD))
        response = post_attachment(
            session, "/dossier-rest", file=b64_file(filename="a.pdf")
        )
        assert response.status_code in (401, 403)


class TestConfidential:
    def test_copy_reader_listing_and_access(self, document, request_factory):
        add_attachment(document, file=blob(filename="public.pdf"))
        add_attachment(document, file=blob(filename="secret.pdf"), confidential=True)
        transaction.commit()
        session = request_factory(basic_auth=("copie", PASSWORD))
        data = session.get("/dossier-rest/@ia-attachments").json()
        assert [item["title"] for item in data["items"]] == ["public.pdf"]
        assert session.get("/dossier-rest/public.pdf").status_code == 200
        assert session.get("/dossier-rest/secret.pdf").status_code in (401, 403, 404)

    def test_manager_sees_the_flag(self, document, manager):
        add_attachment(document, file=blob(filename="secret.pdf"), confidential=True)
        transaction.commit()
        item = manager.get("/dossier-rest/@ia-attachments").json()["items"][0]
        assert item["confidential"] is True
