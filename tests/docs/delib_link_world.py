"""A municipality with iA.Docs and iA.Delib (the SUITE layers) for the
mail → Delib tests: services, a college and a council, an incoming mail in
treatment with a sender and a main PDF."""

from datetime import date
from ia.core.directory.api import find_or_create_person
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import set_state
from ia.delib.testing import create_body
from ia.docs.area import get_mail_area
from ia.policy.testing import SUITE_FUNCTIONAL_TESTING
from ia.policy.testing import SUITE_INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
from pytest_plone import fixtures_factory
from tests.module_layers import keep_for_module
import pytest


# Named like the conftest's fixtures (docs layer) so that they replace them
# in the modules that use this world. The SUITE layers are not kept for the
# session (``keep_session=False``): they are torn down after each module,
# before the docs layers, so that the two sandbox stacks are never torn
# down out of order; the conftest's keep-session fixtures are replaced by a
# no-op here.
_ALL = fixtures_factory(
    (
        (SUITE_INTEGRATION_TESTING, "integration"),
        (SUITE_FUNCTIONAL_TESTING, "functional"),
    ),
    keep_session=False,
)


@pytest.fixture(autouse=True, scope="session")
def _no_session_layer():
    """Replaces the conftest's keep-session fixtures in these modules."""
    return None


def _without(prefix):
    names = {prefix, f"{prefix}_class", f"{prefix}_session"}
    fixtures = {name: value for name, value in _ALL.items() if name not in names}
    fixtures["_keep_integration_session"] = _no_session_layer
    fixtures["_keep_functional_session"] = _no_session_layer
    return fixtures


# The SUITE layers stay up from a module's first test to its last (not set
# up again for each test: tests.module_layers).
INTEGRATION_FIXTURES = {
    **_without("functional"),
    "_keep_layers_for_module": keep_for_module(SUITE_INTEGRATION_TESTING),
}
FUNCTIONAL_FIXTURES = {
    **_without("integration"),
    "_keep_layers_for_module": keep_for_module(SUITE_FUNCTIONAL_TESTING),
}


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_world(portal, *, bodies=True):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("encodeur", "chef", "agent1", "collegue", "lecteur", "autre"):
        create_user(userid)
    chart = portal["organisation"]
    travaux = create_service(
        chart,
        "Travaux",
        [("manager", "chef"), ("editor", "agent1"), ("editor", "collegue")],
    )
    courrier = create_service(chart, "Courrier", [("encoder", "encodeur")])
    finances = create_service(chart, "Finances", [("reader", "lecteur")])
    create_service(chart, "Culture", [("editor", "autre")])
    world = {"travaux": travaux.UID(), "courrier": courrier.UID()}
    if bodies:
        world["conseil"] = create_body(portal, "Conseil communal", id="conseil")
        world["college"] = create_body(
            portal, "Collège communal", id="college", body_kind="college"
        )
    sender = find_or_create_person(
        firstname="Jean",
        lastname="Dupont",
        email="jean.dupont@example.org",
        street="Rue Haute",
        number="12",
        zip_code="5000",
        city="Namur",
    )
    login(portal, "encodeur")
    mail = api.content.create(
        container=get_mail_area(portal),
        type="IaIncomingMail",
        title="Demande de subside pour la kermesse",
        mail_type="request",
        reception_date=date(2026, 11, 20),
        sender=sender.UID(),
        responsible_services=[travaux.UID()],
        copy_services=[finances.UID()],
        assigned_agent="agent1",
        main_file=NamedBlobFile(
            data=PDF, filename="scan-0042.pdf", contentType="application/pdf"
        ),
    )
    login(portal, TEST_USER_NAME)
    set_state(mail, "in_treatment")
    world["mail"] = mail
    return world
