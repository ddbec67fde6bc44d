"""ia.internal_notes over REST: omitted for those who may not read it."""

from ia.core.behaviors.attachments_testing import prepare
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone.app.textfield.value import RichTextValue
import pytest
import transaction


NOTE = "Voisin très procédurier."


@pytest.fixture()
def case(functional_portal):
    prepare(functional_portal)
    create_user("copie", "Claire Copie")
    create_user("redacteur", "Rémi Rédacteur")
    case = create_document(functional_portal, "IaTestCase", title="Dossier notes")
    case.internal_notes = RichTextValue(
        f"<p>{NOTE}</p>", "text/html", "text/x-html-safe"
    )
    grant_local(case, "copie", "IaCopyReader")
    grant_local(case, "redacteur", "IaEditor")
    transaction.commit()
    return case


def session_of(request_factory, userid):
    return request_factory(basic_auth=(userid, PASSWORD))


def test_editor_reads_the_notes(case, request_factory):
    data = session_of(request_factory, "redacteur").get("/dossier-notes").json()
    assert NOTE in data["internal_notes"]["data"]


def test_copy_reader_gets_the_document_without_notes(case, request_factory):
    response = session_of(request_factory, "copie").get("/dossier-notes")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Dossier notes"
    assert "internal_notes" not in data
    assert NOTE not in response.text


def test_editor_writes_the_notes(functional_portal, request_factory):
    prepare(functional_portal)
    create_user("redacteur", "Rémi Rédacteur")
    create_user("copie", "Claire Copie")
    # A document in draft: its editors may modify it.
    document = create_document(functional_portal, title="Brouillon")
    grant_local(document, "redacteur", "IaEditor")
    grant_local(document, "copie", "IaCopyReader")
    transaction.commit()
    session = session_of(request_factory, "redacteur")
    response = session.patch(
        "/brouillon",
        json={
            "internal_notes": {
                "data": "<p>Nouvelle note</p>",
                "content-type": "text/html",
            }
        },
    )
    assert response.status_code == 204, response.text
    transaction.begin()
    assert "Nouvelle note" in document.internal_notes.raw
    # A copy reader may neither read nor write it.
    response = session_of(request_factory, "copie").patch(
        "/brouillon",
        json={"internal_notes": {"data": "<p>Pirate</p>", "content-type": "text/html"}},
    )
    assert response.status_code in (401, 403)
    transaction.begin()
    assert "Pirate" not in document.internal_notes.raw


def test_anonymous_never_reads_the_notes(case, request_factory):
    response = request_factory().get("/dossier-notes")
    assert NOTE not in response.text
