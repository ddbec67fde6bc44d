"""iA.Example's tests run on its layers (core fixture + its default profile).

A small municipality: ``services`` builds it, ``request_in`` makes a
request of Travaux in a given state.
"""

from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_document
from ia.core.testing import create_service
from ia.core.testing import create_user
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory
from tests.example.ia_example.content import TYPE
from tests.example.ia_example.testing import FUNCTIONAL_TESTING
from tests.example.ia_example.testing import INTEGRATION_TESTING
import pytest


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture
def services(portal):
    """Travaux (agent1 editor, chef manager) and Culture (autre editor)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("agent1", "chef", "autre"):
        create_user(userid)
    chart = get_orgchart(portal)
    travaux = create_service(
        chart, "Travaux", [("editor", "agent1"), ("manager", "chef")]
    )
    culture = create_service(chart, "Culture", [("editor", "autre")])
    return {"travaux": travaux.UID(), "culture": culture.UID()}


@pytest.fixture
def request_in(portal, services):
    """``factory(state, **fields)``: a request of Travaux in ``state``."""

    def factory(state, **fields):
        fields.setdefault("services", [services["travaux"]])
        return create_document(portal, TYPE, state=state, **fields)

    return factory
