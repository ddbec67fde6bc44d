"""REST ``@ia-dashboard``: the mail lists give their columns (French titles)
and each mail's cells; ``sort_on`` a column the list lacks is a 400."""

from ia.core.directory.api import ORGANISATION
from ia.core.directory.api import create_contact
from ia.core.directory.api import get_directory
from ia.core.testing import PASSWORD
from ia.core.workflows.testing import set_state
from ia.docs.area import get_mail_area
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
import pytest
import requests
import transaction


@pytest.fixture
def world(functional_portal, functional_services):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    login(functional_portal, TEST_USER_NAME)
    sender = create_contact(get_directory(), ORGANISATION, title="Éole asbl")
    mail = api.content.create(
        container=get_mail_area(functional_portal),
        type="IaIncomingMail",
        id="m1",
        title="Courrier m1",
        mail_type="complaint",
        sender=sender.UID(),
        responsible_services=[functional_services["travaux"]],
    )
    set_state(mail, "proposed_to_manager")
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    return functional_portal.absolute_url()


def _get(url, userid="chef"):
    return requests.get(
        url,
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        auth=(userid, PASSWORD),
        timeout=30,
    )


def test_columns_with_french_titles_and_cells(world):
    response = _get(f"{world}/@ia-dashboard/mail_to_assign?sort_on=sender")
    assert response.status_code == 200, response.text
    data = response.json()
    titles = {column["id"]: column["title"] for column in data["columns"]}
    assert titles["sender"] == "Expéditeur"
    assert titles["mail_type"] == "Type de courrier"
    sortable = {column["id"]: column["sortable"] for column in data["columns"]}
    assert sortable["sender"] is True and sortable["mail_type"] is True
    (item,) = data["items"]
    assert item["cells"]["sender"] == "Éole asbl"
    assert item["cells"]["mail_type"] == "Plainte"


def test_lists_overview_gives_columns(world):
    data = _get(f"{world}/@ia-dashboard").json()
    by_id = {item["id"]: item for item in data["items"]}
    ids = [column["id"] for column in by_id["mail_to_assign"]["columns"]]
    assert "sender" in ids
    ids = [column["id"] for column in by_id["mail_to_sign"]["columns"]]
    assert "recipients" in ids and "sender" not in ids


def test_sort_on_a_column_the_list_lacks_is_400(world):
    response = _get(f"{world}/@ia-dashboard/mail_to_sign?sort_on=sender")
    assert response.status_code == 400
    assert "sender" in response.json()["error"]["message"]


def test_page_shows_the_sender(world):
    response = requests.get(
        f"{world}/@@ia-dashboard?list=mail_to_assign",
        headers={"Accept-Language": "fr"},
        auth=("chef", PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200
    assert "Expéditeur" in response.text
    assert "Type de courrier" in response.text
    assert "Éole asbl" in response.text
