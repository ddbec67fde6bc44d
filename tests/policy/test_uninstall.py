"""Uninstalling a product removes what its install added, and the other
products keep working (every product installed: the SUITE layers).

Each test dooms its transaction first: nothing the uninstall changes can be
committed, and the integration layer aborts it after the test.
"""

from datetime import date
from ia.core.dashboard import query as dq
from ia.core.dashboard.registry import available_lists
from ia.core.dashboard.registry import get_list
from ia.core.docgen.api import templates_folder
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.delib.interfaces import IIaDelibLayer
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.docs.area import get_mail_area
from ia.docs.browser.mailpage import IncomingMailViewlet
from ia.docs.interfaces import IIaDocsLayer
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.base.utils import get_installer
from plone.browserlayer.utils import registered_layers
from pytest_plone import fixtures_factory
from tests.policy.uninstall_layer import UNINSTALL_TESTING
import pytest
import transaction


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite

# The uninstall layer (uninstall_layer.py) is not kept for the session:
# torn down after this module, before the policy layers of the conftest
# (whose keep-session fixtures are replaced by a no-op here).
globals().update(
    fixtures_factory(((UNINSTALL_TESTING, "integration"),), keep_session=False)
)


@pytest.fixture(autouse=True, scope="session")
def _keep_integration_session():
    """Replaces the conftest's fixture that keeps the policy layer up."""


@pytest.fixture(autouse=True, scope="session")
def _keep_functional_session():
    """Replaces the conftest's fixture that keeps the policy layer up."""


@pytest.fixture
def portal(integration):
    portal = integration["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


def uninstall(portal, product):
    """Uninstall ``product`` in a doomed transaction (never committed)."""
    transaction.doom()
    installer = get_installer(portal, portal.REQUEST)
    assert installer.is_product_installed(product)
    installer.uninstall_product(product)
    assert not installer.is_product_installed(product)


def catalog_names():
    catalog = api.portal.get_tool("portal_catalog")
    return set(catalog.indexes()) | set(catalog.schema())


def chain_overrides():
    return dict(api.portal.get_tool("portal_workflow").listChainOverrides())


def versioned_types():
    return set(api.portal.get_tool("portal_repository").getVersionableContentTypes())


def record(name):
    return api.portal.get_registry_record(name, default=None)


def has_record(name):
    return name in api.portal.get_tool("portal_registry").records


@pytest.fixture
def world(portal):
    """Services, a council and an item, an incoming mail in treatment."""
    for userid in ("encodeur", "agent1"):
        create_user(userid)
    chart = portal["organisation"]
    travaux = create_service(chart, "Travaux", [("editor", "agent1")])
    create_service(chart, "Courrier", [("encoder", "encodeur")])
    body = create_body(portal, "Conseil communal", id="conseil")
    item = create_item(body, "Subside", services=[travaux.UID()])
    login(portal, "encodeur")
    mail = api.content.create(
        container=get_mail_area(portal),
        type="IaIncomingMail",
        title="Demande de subside",
        mail_type="request",
        reception_date=date(2026, 11, 20),
        responsible_services=[travaux.UID()],
        assigned_agent="agent1",
    )
    login(portal, TEST_USER_NAME)
    api.content.transition(obj=mail, to_state="in_treatment")
    return {"mail": mail, "item": item, "body": body}


def found(list_id, userid):
    login(api.portal.get(), userid)
    try:
        dlist = get_list(list_id)
        params = dq.ListParams.from_form({})
        return {brain.getId for brain in dq.search(dlist, userid, params)}
    finally:
        login(api.portal.get(), TEST_USER_NAME)


DELIB_TYPES = (
    "IaDelibBody",
    "IaDelibItem",
    "IaDelibAdvice",
    "IaDelibMeeting",
    "IaDelibItemTemplates",
    "IaDelibItemTemplate",
)
DELIB_WORKFLOWS = (
    "ia_delib_body_workflow",
    "ia_delib_item_workflow",
    "ia_delib_meeting_workflow",
    "ia_delib_advice_workflow",
)
DELIB_CATALOG = {
    "ia_preferred_meeting",
    "ia_preferred_meeting_date",
    "ia_delib_body",
}
DELIB_ROLES = ("IaMeetingManager", "IaAdviser", "IaAdviceRequester", "IaAdviceReader")


class TestDelibUninstall:
    def test_installed_first(self, portal):
        """The same facts before: the test below can fail."""
        types = api.portal.get_tool("portal_types")
        assert set(DELIB_TYPES) <= set(types.objectIds())
        assert DELIB_CATALOG <= catalog_names()
        assert has_record("ia.delib.advice_types")
        assert IIaDelibLayer in registered_layers()
        assert set(DELIB_ROLES) <= set(portal.valid_roles())
        assert "deliberations" in templates_folder().objectIds()

    def test_removes_what_install_added(self, portal):
        uninstall(portal, "ia.delib")
        types = api.portal.get_tool("portal_types")
        workflow = api.portal.get_tool("portal_workflow")
        assert not set(DELIB_TYPES) & set(types.objectIds())
        assert not set(DELIB_WORKFLOWS) & set(workflow.objectIds())
        assert not set(DELIB_TYPES) & set(chain_overrides())
        assert not DELIB_CATALOG & catalog_names()
        assert not {"IaDelibItem", "IaDelibMeeting"} & versioned_types()
        assert not has_record("ia.delib.advice_types")
        patterns = record("ia.core.reference_patterns")
        assert not [line for line in patterns if line.startswith("IaDelibItem|")]
        assert IIaDelibLayer not in registered_layers()
        assert not set(DELIB_ROLES) & set(portal.valid_roles())
        assert "deliberations" not in templates_folder().objectIds()
        # The core's workflows and the other product's are still there.
        assert "ia_config_workflow" in workflow.objectIds()
        assert "ia_incoming_mail_workflow" in workflow.objectIds()

    def test_docs_still_work(self, portal, world):
        mail = world["mail"]
        uninstall(portal, "ia.delib")
        ids = {dlist.id for dlist in available_lists()}
        assert "mail_to_treat" in ids
        assert not [i for i in ids if i.startswith("delib_")]
        assert mail.getId() in found("mail_to_treat", "agent1")
        viewlet = IncomingMailViewlet(mail, portal.REQUEST, None, None)
        viewlet.update()
        assert viewlet.render()
        html = portal.restrictedTraverse("@@ia-dashboard")()
        assert "list=to_treat" in html
        # The item stays in the database (its type is gone).
        assert world["item"].getId() in world["body"].objectIds()


DOCS_TYPES = ("IaMailArea", "IaIncomingMail", "IaOutgoingMail")
DOCS_WORKFLOWS = ("ia_incoming_mail_workflow", "ia_outgoing_mail_workflow")
DOCS_CATALOG = {
    "ia_sender",
    "ia_sender_sortable",
    "ia_mail_recipient_uids",
    "ia_mail_type",
    "ia_sender_title",
    "ia_mail_recipients",
}
DOCS_RECORDS = (
    "ia.docs.mail_types",
    "ia.docs.ack_enabled",
    "ia.docs.ingest_folder",
    "ia.docs.ingest_max_bytes",
    "ia.docs.ingest_batch_size",
    "ia.docs.ingest_require_sidecar",
    "ia.docs.ingest_mail_type",
    "ia.docs.ingest_mail_service",
)


class TestDocsUninstall:
    def test_installed_first(self, portal):
        assert DOCS_CATALOG <= catalog_names()
        assert all(has_record(name) for name in DOCS_RECORDS)
        assert IIaDocsLayer in registered_layers()
        assert "IaMailArea" in record("plone.displayed_types")
        assert "courrier" in templates_folder().objectIds()

    def test_removes_what_install_added(self, portal):
        uninstall(portal, "ia.docs")
        types = api.portal.get_tool("portal_types")
        workflow = api.portal.get_tool("portal_workflow")
        assert not set(DOCS_TYPES) & set(types.objectIds())
        assert not set(DOCS_WORKFLOWS) & set(workflow.objectIds())
        assert not set(DOCS_TYPES) & set(chain_overrides())
        assert not DOCS_CATALOG & catalog_names()
        assert not {"IaIncomingMail", "IaOutgoingMail"} & versioned_types()
        assert not [name for name in DOCS_RECORDS if has_record(name)]
        assert not {"E", "S"} & {
            line.split("|")[0] for line in record("ia.core.reference_patterns")
        }
        assert not [
            line
            for line in record("ia.core.reference_type_registers")
            if line.startswith(("IaIncomingMail|", "IaOutgoingMail|"))
        ]
        assert "IaMailArea" not in record("plone.displayed_types")
        assert IIaDocsLayer not in registered_layers()
        assert "courrier" not in templates_folder().objectIds()
        # The core's attachments are still versioned (iA.Delib's annexes).
        assert "IaAttachment" in versioned_types()

    def test_delib_still_works(self, portal, world):
        item = world["item"]
        uninstall(portal, "ia.docs")
        ids = {dlist.id for dlist in available_lists()}
        assert not [i for i in ids if i.startswith("mail_")]
        assert [i for i in ids if i.startswith("delib_")]
        api.content.transition(obj=item, transition="propose")
        assert api.content.get_state(item) != "draft"
        html = world["body"].restrictedTraverse("@@ia-body-view")()
        assert "Conseil communal" in html
        # The mails stay in the database (their type is gone).
        assert world["mail"].getId() in get_mail_area(portal).objectIds()
