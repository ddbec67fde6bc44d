"""iA.Docs tests run on the docs layers (core fixture + ia.docs:default).

A small municipality for the mail tests: ``services`` builds it,
``register`` registers an incoming mail. The municipality is built once per
module (``tests.module_worlds``) and each test starts from a copy of it.
"""

from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.docs.area import get_mail_area
from ia.docs.testing import FUNCTIONAL_TESTING
from ia.docs.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory
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


USERS = ("encodeur", "chef", "agent1", "agent2", "lecteur", "autre")


def build(portal):
    """Services Courrier (encoder), Travaux (manager, two editors),
    Finances (copy service) and Culture (another service)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in USERS:
        create_user(userid)
    chart = get_orgchart(portal)
    services = {
        "courrier": create_service(chart, "Courrier", [("encoder", "encodeur")]),
        "travaux": create_service(
            chart,
            "Travaux",
            [("manager", "chef"), ("editor", "agent1"), ("editor", "agent2")],
        ),
        "finances": create_service(chart, "Finances", [("reader", "lecteur")]),
        "culture": create_service(chart, "Culture", [("editor", "autre")]),
    }
    return {key: service.UID() for key, service in services.items()}


def register(portal, services, *, as_user="encodeur", **fields):
    """An incoming mail registered by ``as_user`` for Travaux (copy Finances)."""
    login(portal, as_user)
    fields.setdefault("title", "Demande de permis de voirie")
    fields.setdefault("mail_type", "request")
    fields.setdefault("responsible_services", [services["travaux"]])
    fields.setdefault("copy_services", [services["finances"]])
    return api.content.create(
        container=get_mail_area(portal), type="IaIncomingMail", **fields
    )


# ``services``: the municipality's service UIDs; ``functional_services``: the
# same municipality on the functional layer, committed for REST calls.
_world_services, services = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="services"
)
_world_functional_services, functional_services = module_world(
    build, layer=FUNCTIONAL_TESTING, prefix="functional", name="functional_services"
)


@pytest.fixture
def integration(request, integration_class):
    """The layer's test set-up, on the module's municipality if asked for."""
    return with_worlds(request, integration_class, "integration")


@pytest.fixture
def functional(request, functional_class):
    """The layer's test set-up, on the module's municipality if asked for."""
    return with_worlds(request, functional_class, "functional")


@pytest.fixture
def registered(portal, services):
    def factory(**fields):
        return register(portal, services, **fields)

    return factory
