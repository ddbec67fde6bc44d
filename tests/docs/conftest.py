"""iA.Docs tests run on the docs layers (core fixture + ia.docs:default).

A small municipality for the mail tests: ``services`` builds it,
``register`` registers an incoming mail.
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


@pytest.fixture
def services(portal):
    return build(portal)


@pytest.fixture
def registered(portal, services):
    def factory(**fields):
        return register(portal, services, **fields)

    return factory


@pytest.fixture
def functional_services(functional_portal):
    """The same municipality on the functional layer, committed for REST calls."""
    import transaction

    services = build(functional_portal)
    transaction.commit()
    return services
