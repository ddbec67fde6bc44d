"""iA.Urban tests run on the urban layers (core fixture + ia.urban:default).

A small municipality: Urbanisme (``urbachef`` manager, ``urbagent`` and
``agent2`` editors) and Culture (``autre``); ``licence(type, **fields)``
deposits a file of Urbanisme assigned to ``urbagent``. Built once per
module (``tests.module_worlds``).
"""

from ia.core.directory.api import get_directory
from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.urban.area import get_area
from ia.urban.testing import FUNCTIONAL_TESTING
from ia.urban.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
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

USERS = ("urbachef", "urbagent", "agent2", "autre")


def build(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in USERS:
        create_user(userid)
    chart = get_orgchart(portal)
    urbanisme = create_service(
        chart,
        "Urbanisme",
        [("manager", "urbachef"), ("editor", "urbagent"), ("editor", "agent2")],
    )
    culture = create_service(chart, "Culture", [("editor", "autre")])
    applicant = api.content.create(
        container=get_directory(),
        type="IaPerson",
        id="jean-dupont",
        firstname="Jean",
        lastname="Dupont",
    )
    return {
        "urbanisme": urbanisme.UID(),
        "culture": culture.UID(),
        "applicant": applicant.UID(),
    }


_world_services, services = module_world(
    build, layer=INTEGRATION_TESTING, prefix="integration", name="services"
)
_world_functional_services, functional_services = module_world(
    build, layer=FUNCTIONAL_TESTING, prefix="functional", name="functional_services"
)


@pytest.fixture
def integration(request, integration_class):
    return with_worlds(request, integration_class, "integration")


@pytest.fixture
def functional(request, functional_class):
    return with_worlds(request, functional_class, "functional")


def deposit(portal, services, portal_type="IaUrbBuildLicence", **fields):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    fields.setdefault("title", "Construction d'une maison")
    fields.setdefault("responsible_services", [services["urbanisme"]])
    fields.setdefault("assigned_agent", "urbagent")
    fields.setdefault("applicants", [services["applicant"]])
    return api.content.create(container=get_area(portal), type=portal_type, **fields)


@pytest.fixture
def licence(portal, services):
    def factory(portal_type="IaUrbBuildLicence", **fields):
        return deposit(portal, services, portal_type, **fields)

    return factory
