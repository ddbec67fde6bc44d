"""The iA.Docs demo (``ia.docs.demo``) on a site made from profiles/demo.toml."""

from collections import Counter
from datetime import date
from ia.core.dashboard import principal
from ia.core.dashboard.interfaces import IDashboardList
from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.docs import demo
from ia.docs.demo.plan import INCOMING_STATES
from ia.docs.demo.plan import plan
from ia.docs.demo.services import demo_services
from ia.docs.replies import replied_mails
from ia.docs.replies import replies_of
from ia.docs.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from tests.module_worlds import module_world
from zope.component import getUtility
import pytest
import time


MAILS = 8  # the showcase: every state, reply state and task state

# The demo profile's services and people (profiles/demo.toml), in small.
SERVICES = {
    "Secretariat": [
        ("encoder", "courrier"),
        ("encoder", "secretaire"),
        ("editor", "secretaire"),
        ("manager", "dgeneral"),
    ],
    "Urbanisme": [("manager", "urbachef"), ("editor", "urbagent")],
    "Finances": [("editor", "finagent")],
    "Population": [("encoder", "popagent")],
}


def build_demo_site(portal):
    """The demo's services and people, then the demo (built once per module:
    ``tests.module_worlds``)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    chart = get_orgchart(portal)
    for members in SERVICES.values():
        for _function, userid in members:
            if api.user.get(userid=userid) is None:
                create_user(userid)
    for title, members in SERVICES.items():
        create_service(chart, title, members)
    start = time.monotonic()
    created = demo.populate(portal, None, mails=MAILS)
    portal.demo_seconds = time.monotonic() - start
    assert created == MAILS


_world_demo_built, demo_built = module_world(
    build_demo_site, layer=INTEGRATION_TESTING, prefix="integration", name="demo_built"
)


@pytest.fixture
def demo_site(portal, demo_built):
    return portal


def brains(portal_type, **query):
    catalog = api.portal.get_tool("portal_catalog")
    with api.env.adopt_roles(["Manager"]):
        return list(catalog.unrestrictedSearchResults(portal_type=portal_type, **query))


def states(portal_type):
    return Counter(b.review_state for b in brains(portal_type))


def expected_plans():
    with api.env.adopt_roles(["Manager"]):
        services = demo_services()
    return [plan(index, services) for index in range(MAILS)]


def counts():
    return {
        kind: len(brains(kind))
        for kind in ("IaIncomingMail", "IaOutgoingMail", "IaTask", "IaPerson")
    } | {"organisations": len(brains("IaOrganisation"))}


def list_titles(list_id, userid):
    principal.clear_cache()
    query = getUtility(IDashboardList, name=list_id).query(userid)
    if query is None:
        return None
    with api.env.adopt_user(username=userid):
        catalog = api.portal.get_tool("portal_catalog")
        return [b.Title for b in catalog.searchResults(**query)]


def test_states_of_incoming_mails(demo_site):
    plans = expected_plans()
    assert states("IaIncomingMail") == Counter(p.state for p in plans)
    assert set(states("IaIncomingMail")) == set(INCOMING_STATES)


def test_replies_and_tasks(demo_site):
    plans = expected_plans()
    assert states("IaOutgoingMail") == Counter(p.reply for p in plans if p.reply)
    assert {"created", "to_be_signed", "signed", "sent"} <= set(
        states("IaOutgoingMail")
    )
    tasks = Counter(p.task for p in plans if p.task and p.state == "in_treatment")
    assert states("IaTask") == tasks


def test_sent_replies_closed_their_mails(demo_site):
    for brain in brains("IaOutgoingMail", review_state="sent"):
        reply = brain._unrestrictedGetObject()
        [mail] = replied_mails(reply)
        assert api.content.get_state(mail) == "closed"
        assert reply in replies_of(mail)


def test_history_names_the_people(demo_site):
    """Each step is done by whom would do it, not by the administrator."""
    actors = {}
    for brain in brains("IaIncomingMail"):
        history = brain._unrestrictedGetObject().workflow_history
        for entry in history["ia_incoming_mail_workflow"]:
            if entry["action"]:
                actors.setdefault(entry["action"], set()).add(entry["actor"])
    assert actors["propose_to_manager"] == {"courrier"}
    assert "urbachef" in actors["propose_to_agent"]
    assert actors["treat"] <= {
        "urbagent",
        "finagent",
        "popagent",
        "travchef",
        "secretaire",
    }


def test_mails_have_a_pdf_and_a_sender(demo_site):
    for brain in brains("IaIncomingMail"):
        mail = brain._unrestrictedGetObject()
        assert mail.main_file.contentType == "application/pdf"
        assert mail.main_file.data.startswith(b"%PDF-1.4")
        assert mail.sender


def test_some_overdue_some_in_copy(demo_site):
    mails = [b._unrestrictedGetObject() for b in brains("IaIncomingMail")]
    today = date.today()
    overdue = [
        m
        for m in mails
        if m.due_date and m.due_date < today and api.content.get_state(m) != "closed"
    ]
    assert overdue
    assert [m for m in mails if m.copy_services]


def test_chef_has_mails_to_assign_agent_to_treat(demo_site):
    assert list_titles("mail_to_assign", "urbachef")
    assert list_titles("mail_to_treat", "urbagent")
    assert list_titles("mail_to_register", "courrier")


def test_rerun_creates_nothing_twice(demo_site):
    before = counts()
    with api.env.adopt_roles(["Manager"]):
        assert demo.populate(demo_site, None, mails=MAILS) == 0
    assert counts() == before


def test_more_mails_adds_only_the_new_ones(demo_site):
    before = counts()
    with api.env.adopt_roles(["Manager"]):
        assert demo.populate(demo_site, None, mails=MAILS + 2) == 2
    assert counts()["IaIncomingMail"] == before["IaIncomingMail"] + 2
    assert counts()["IaPerson"] == before["IaPerson"]
