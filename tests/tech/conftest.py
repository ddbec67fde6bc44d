"""iA.Tech's tests run on its layers (core fixture + ``ia.tech:default``).

A small municipality: *Travaux* (the technical service: ``chef`` its
manager, ``dispatch`` its encoder) with two teams, *Voirie* (agents
``agent1``, ``agent2``) and *Espaces verts* (``agent3``), and *Culture*
(``culture``, a requesting service).
"""

from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.tech.testing import FUNCTIONAL_TESTING
from ia.tech.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory
import pytest
import transaction


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture(autouse=True)
def _mail_queue(tmp_path, monkeypatch):
    """The outgoing e-mails of a test (ia.core.mailqueue) in its own folder."""
    monkeypatch.setenv("IA_MAIL_QUEUE", str(tmp_path / "mailqueue"))


def build_world(portal):
    """The services and users of the module docstring; returns their UIDs."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("chef", "dispatch", "agent1", "agent2", "agent3", "culture"):
        create_user(userid)
    chart = get_orgchart(portal)
    travaux = create_service(
        chart, "Travaux", [("manager", "chef"), ("encoder", "dispatch")]
    )
    voirie = create_service(
        travaux, "Voirie", [("editor", "agent1"), ("editor", "agent2")]
    )
    verts = create_service(travaux, "Espaces verts", [("editor", "agent3")])
    culture = create_service(chart, "Culture", [("editor", "culture")])
    return {
        "travaux": travaux.UID(),
        "voirie": voirie.UID(),
        "verts": verts.UID(),
        "culture": culture.UID(),
    }


@pytest.fixture
def world(portal):
    return build_world(portal)


@pytest.fixture
def new_request(portal, world):
    """``factory(**fields)``: a work request filed as Manager."""
    from ia.tech.requests import file_request

    def factory(**fields):
        fields.setdefault("title", "Nid de poule rue Haute")
        fields.setdefault("request_type", "roads")
        return file_request(system=True, **fields)

    return factory


@pytest.fixture
def order(portal, new_request, world):
    """A work order ``to_plan`` of the team Voirie (accepted by ``dispatch``;
    the test user is logged in again)."""
    from ia.tech import triage

    login(portal, "dispatch")
    order = triage.accept(new_request(), team=world["voirie"])
    login(portal, "test-user")
    return order


def french_world(portal):
    """The world of :func:`build_world` on a French site, committed (for the
    tests over HTTP)."""
    world = build_world(portal)
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    return world
