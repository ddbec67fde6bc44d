"""iA.Example's tests run on its layers (core fixture + its default profile).

A small municipality: ``services`` (built once per module,
``tests.module_worlds``), ``request_in`` makes a request of Travaux in a
given state.
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
from tests.module_worlds import module_world
from tests.module_worlds import with_worlds
import pytest


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


def build_services(portal):
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


# ``services``: built once per module, each test starts from a copy
# (tests.module_worlds); ``integration`` puts it under the test.
_world_services, services = module_world(
    build_services, layer=INTEGRATION_TESTING, prefix="integration", name="services"
)


@pytest.fixture
def integration(request, integration_class):
    """The layer's test set-up, on the module's world if the test asks for one."""
    return with_worlds(request, integration_class, "integration")


@pytest.fixture
def request_in(portal, services):
    """``factory(state, **fields)``: a request of Travaux in ``state``."""

    def factory(state, **fields):
        fields.setdefault("services", [services["travaux"]])
        return create_document(portal, TYPE, state=state, **fields)

    return factory
