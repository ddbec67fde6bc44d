"""iA.PST tests run on the PST layers (core fixture + ia.pst:default).

``services`` is a small municipality (Travaux: chef manager, agent1 editor;
Culture: autre editor); ``programme`` a programme with two strategic
objectives, three operational objectives and actions. Both are built once
per module (``tests.module_worlds``).
"""

from datetime import date
from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.pst.testing import FUNCTIONAL_TESTING
from ia.pst.testing import INTEGRATION_TESTING
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


def build_services(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("agent1", "chef", "autre"):
        create_user(userid)
    chart = get_orgchart(portal)
    travaux = create_service(
        chart, "Travaux", [("editor", "agent1"), ("manager", "chef")]
    )
    culture = create_service(chart, "Culture", [("editor", "autre")])
    return {"travaux": travaux.UID(), "culture": culture.UID()}


def make(container, portal_type, title, **fields):
    return api.content.create(
        container=container, type=portal_type, title=title, **fields
    )


def build_programme(portal):
    """PST 2025-2030: OS.1 (OO.1.1: A.1, A.2; OO.1.2: A.3), OS.2 (OO.2.1)."""
    services = build_services(portal)
    pst = make(
        portal,
        "IaPstProgramme",
        "PST 2025-2030",
        legislature_start=date(2024, 12, 2),
        legislature_end=date(2030, 12, 1),
        designation_date=date(2024, 12, 2),
        responsible_services=[services["travaux"]],
    )
    travaux = [services["travaux"]]
    os1 = make(
        pst,
        "IaPstStrategicObjective",
        "Une commune verte",
        responsible_services=travaux,
    )
    os2 = make(
        pst, "IaPstStrategicObjective", "Une commune sûre", responsible_services=travaux
    )
    oo11 = make(
        os1,
        "IaPstOperationalObjective",
        "Réduire les déchets",
        responsible_services=travaux,
    )
    oo12 = make(
        os1,
        "IaPstOperationalObjective",
        "Planter des arbres",
        responsible_services=travaux,
    )
    oo21 = make(
        os2,
        "IaPstOperationalObjective",
        "Sécuriser les abords",
        responsible_services=travaux,
    )
    a1 = make(
        oo11,
        "IaPstAction",
        "Composteurs de quartier",
        responsible_services=travaux,
        progress=40,
        health="green",
        planned_end=date(2026, 6, 30),
        budget_lines=[
            {"budget_type": "ordinary_expense", "year": 2026, "amount": 1000.0}
        ],
    )
    a2 = make(
        oo11,
        "IaPstAction",
        "Sacs réutilisables",
        responsible_services=travaux,
        progress=80,
        health="orange",
    )
    a3 = make(
        oo12, "IaPstAction", "Cent arbres", responsible_services=travaux, progress=10
    )
    return {
        "pst": pst,
        "os1": os1,
        "os2": os2,
        "oo11": oo11,
        "oo12": oo12,
        "oo21": oo21,
        "a1": a1,
        "a2": a2,
        "a3": a3,
        "services": services,
    }


# Built once per module (tests.module_worlds); each test starts from a copy.
_world_services, services = module_world(
    build_services, layer=INTEGRATION_TESTING, prefix="integration", name="services"
)
_world_programme, programme = module_world(
    build_programme, layer=INTEGRATION_TESTING, prefix="integration", name="programme"
)


@pytest.fixture
def integration(request, integration_class):
    """The layer's test set-up, on the module's worlds if asked for."""
    return with_worlds(request, integration_class, "integration")
