"""Final states per mail workflow: a mail in a final state of its workflow
leaves every "open" dashboard list (issue 9: a closed incoming mail stayed
in "À traiter par moi" and "En retard")."""

from datetime import date
from datetime import timedelta
from ia.core.dashboard import query as dq
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.core.workflows.facts import final_states
from ia.core.workflows.testing import set_state
from ia.core.workflows.testing_facts import expected_final
from ia.core.workflows.testing_facts import open_lists_holding
from ia.core.workflows.testing_facts import read_definition
from ia.docs.area import get_mail_area
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
import ia.docs
import pytest


YESTERDAY = date.today() - timedelta(days=1)
WORKFLOWS = Path(ia.docs.__file__).parent / "profiles" / "default" / "workflows"
TYPES = {
    "ia_incoming_mail_workflow": "IaIncomingMail",
    "ia_outgoing_mail_workflow": "IaOutgoingMail",
}
CASES = [
    (workflow_id, state)
    for workflow_id in TYPES
    for state in expected_final(
        read_definition(WORKFLOWS / workflow_id / "definition.xml")
    )
]
USERS = ("agent1", "chef", "encodeur")
OPEN_LISTS = {"to_treat", "my_services", "overdue", "mail_overdue"}


def test_cases_cover_each_workflow():
    assert CASES == [
        ("ia_incoming_mail_workflow", "closed"),
        ("ia_outgoing_mail_workflow", "sent"),
    ]


def _mail(portal, services, portal_type, state):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    mail = api.content.create(
        container=get_mail_area(portal),
        type=portal_type,
        title="Courrier",
        responsible_services=[services["travaux"]],
        assigned_agent="agent1",
        due_date=YESTERDAY,
    )
    set_state(mail, state)
    return mail


@pytest.mark.parametrize("workflow_id,state", CASES)
def test_final_state_leaves_the_open_lists(portal, services, workflow_id, state):
    assert state in final_states(workflow_id)
    portal_type = TYPES[workflow_id]
    open_mail = _mail(portal, services, portal_type, "created")
    # The lists can see the mail (the test can fail) ...
    assert OPEN_LISTS <= open_lists_holding(open_mail, USERS)
    done = _mail(portal, services, portal_type, state)
    # ... but none holds it once final.
    assert open_lists_holding(done, USERS) == set()
    assert api.content.find(UID=done.UID())[0].ia_final is True


def _found(list_id, userid):
    as_user(api.portal.get(), userid)
    dlist = get_list(list_id)
    rows = dq.search(dlist, userid, dq.ListParams.from_form({}))
    return {row["url"] if isinstance(row, dict) else row.getURL() for row in rows}


def test_closed_incoming_mail_leaves_to_treat_and_overdue(portal, services, registered):
    """The mail goes to closed through its transitions, as its people."""
    mail = registered(assigned_agent="agent1", due_date=YESTERDAY)
    url = mail.absolute_url()
    login(portal, "encodeur")
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "chef")
    api.content.transition(obj=mail, transition="propose_to_agent")
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    lists = {
        "agent1": ("to_treat", "overdue", "mail_overdue", "mail_to_treat"),
        "chef": ("my_services", "overdue", "mail_overdue"),
    }
    for userid, list_ids in lists.items():
        for list_id in list_ids:
            assert url in _found(list_id, userid), (userid, list_id)
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="close")
    assert api.content.get_state(mail) == "closed"
    for userid, list_ids in lists.items():
        for list_id in list_ids:
            assert url not in _found(list_id, userid), (userid, list_id)
    assert open_lists_holding(mail, USERS) == set()
