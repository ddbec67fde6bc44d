"""Pages of the directory: listing, person and organisation views, import action."""

from datetime import date
from ia.core.directory import api as directory
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import transaction


@pytest.fixture
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    commune = directory.find_or_create_organisation("Commune de Démo", city="Démo")
    service = directory.find_or_create_organisation("Service travaux", parent=commune)
    person = directory.find_or_create_person("Jean", "Dupont", email="jean@demo.be")
    directory.create_position(
        person,
        "bourgmestre",
        organisation=commune.UID(),
        start_date=date(2024, 12, 2),
        signatory=True,
    )
    directory.create_position(
        person,
        "echevin",
        organisation=commune.UID(),
        start_date=date(2018, 12, 3),
        end_date=date(2024, 12, 1),
    )
    api.user.create(
        email="m@demo.be",
        username="member",
        password="secret-directory-1234",
        roles=["Member"],
    )
    transaction.commit()
    return {"commune": commune, "service": service, "person": person}


def _html(session):
    session.headers["Accept"] = "text/html"
    return session


@pytest.fixture
def browser(request_factory):
    return _html(
        request_factory(basic_auth=("member", "secret-directory-1234"), api=False)
    )


def test_directory_lists_contacts(world, browser):
    response = browser.get("/annuaire")
    assert response.status_code == 200
    assert "Commune de Démo" in response.text
    assert "Dupont Jean" in response.text
    assert "@@ia-directory-import" not in response.text


def test_import_action_for_managers(world, request_factory):
    response = _html(request_factory(role="Manager", api=False)).get("/annuaire")
    assert "@@ia-directory-import" in response.text


def test_person_page_shows_positions(world, browser):
    response = browser.get(
        world["person"].absolute_url()[len(api.portal.get().absolute_url()) :]
    )
    assert response.status_code == 200, response.text
    assert "jean@demo.be" in response.text
    assert "Bourgmestre" in response.text
    assert "02/12/2024" in response.text
    assert "Échevin" in response.text  # ended, still listed (greyed)


def test_organisation_page_shows_members_and_departments(world, browser):
    response = browser.get(
        world["commune"].absolute_url()[len(api.portal.get().absolute_url()) :]
    )
    assert response.status_code == 200, response.text
    assert "Jean Dupont, Bourgmestre (Commune de Démo)" in response.text
    assert "Jean Dupont, Échevin" not in response.text
    assert "Service travaux" in response.text


def test_anonymous_sees_nothing(world, request_factory):
    session = _html(request_factory(api=False))
    response = session.get(
        world["person"].absolute_url()[len(api.portal.get().absolute_url()) :]
    )
    assert "jean@demo.be" not in response.text
