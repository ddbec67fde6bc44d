"""A REST request whose body is not JSON answers 400 with a clear message,
never 500, and changes nothing (ia.core.rest_errors)."""

from ia.core.rest_errors import message_for
from ia.core.testing import create_document
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.restapi.exceptions import DeserializationError
from zope.i18n import translate
import pytest
import requests
import transaction


HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}
NOT_JSON = "Le corps de la requête n'est pas du JSON valide"


@pytest.fixture
def portal(functional_portal):
    api.portal.set_registry_record("plone.default_language", "fr")
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_document(functional_portal, id="dossier", title="Dossier")
    setRoles(functional_portal, TEST_USER_ID, ["Member"])
    transaction.commit()
    return functional_portal


def send(method, url, body, headers=HEADERS):
    return requests.request(
        method,
        url,
        data=body,
        headers={**headers, "Accept-Language": "fr"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )


def assert_bad_request(response, text=NOT_JSON):
    assert response.status_code == 400, response.text[:1000]
    data = response.json()
    assert data["type"] == "BadRequest"
    assert text in data["message"]
    assert data["error"] == {"type": "BadRequest", "message": data["message"]}
    assert "traceback" not in data


def children(portal, path):
    transaction.begin()
    return sorted(portal.unrestrictedTraverse(path).objectIds())


@pytest.mark.parametrize("body", ["{oops", "<xml/>", "titre=Nouveau"])
def test_post_on_a_container(portal, body):
    response = send("POST", f"{portal.absolute_url()}/dossier", body)
    assert_bad_request(response)
    assert children(portal, "dossier") == []


def test_post_on_the_site_root_folder(portal):
    before = children(portal, "")
    assert_bad_request(send("POST", portal.absolute_url(), "{oops"))
    assert children(portal, "") == before


def test_post_a_json_list_is_not_an_object(portal):
    response = send("POST", f"{portal.absolute_url()}/dossier", "[1, 2]")
    assert_bad_request(response, "Le corps de la requête doit être un objet JSON.")
    assert children(portal, "dossier") == []


def test_patch_on_a_document(portal):
    url = f"{portal.absolute_url()}/dossier"
    response = send("PATCH", url, '{"title": "Changé"')
    assert response.status_code == 400, response.text[:1000]
    transaction.begin()
    assert portal.dossier.title == "Dossier"


def test_workflow_transition_with_a_broken_body(portal):
    """plone.restapi's @workflow reads the body outside any try."""
    transaction.begin()
    before = api.content.get_state(portal.dossier)
    transitions = portal.portal_workflow.getTransitionsFor(portal.dossier)
    name = transitions[0]["id"] if transitions else "submit"
    url = f"{portal.absolute_url()}/dossier/@workflow/{name}"
    assert_bad_request(send("POST", url, "{oops"))
    transaction.begin()
    assert api.content.get_state(portal.dossier) == before


def test_core_service_with_a_broken_body(portal):
    response = send("POST", f"{portal.absolute_url()}/@ia-numbering", "{oops")
    assert response.status_code == 400, response.text[:1000]
    assert response.json()["error"]["message"]


def test_other_deserialization_errors_keep_their_detail():
    message = message_for(DeserializationError("Bad date"))
    assert translate(message, target_language="fr") == (
        "Le corps de la requête n'a pas pu être lu : Bad date"
    )
