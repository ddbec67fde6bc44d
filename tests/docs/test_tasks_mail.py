"""Tasks on mails: who may ask for one (permission ``ia.core: Add task``
mapped by the mail workflows), who sees and acts on it, the mail's tasks
viewlet, the dashboards, and REST (POST ``@type: IaTask`` + ``@workflow``)."""

from datetime import date
from datetime import timedelta
from ia.core.dashboard import query as dq
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.core.interfaces import IIaCoreLayer
from ia.core.tasks.listing import can_add_task
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import set_state
from ia.core.workflows.testing import transitions
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from zope.component import getMultiAdapter
from zope.interface import alsoProvides
import pytest
import transaction


@pytest.mark.parametrize("portal_type", ["IaIncomingMail", "IaOutgoingMail"])
def test_tasks_allowed_in_mails(portal, portal_type):
    fti = api.portal.get_tool("portal_types")[portal_type]
    assert "IaTask" in fti.allowed_content_types


def _mail_in(portal, registered, state, **fields):
    mail = registered(**fields)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    set_state(mail, state)
    return mail


# (state, user, may add a task)
ADDERS = [
    ("created", "encodeur", True),  # the owner (mail office)
    ("created", "agent2", False),
    ("in_treatment", "agent1", True),  # assigned agent
    ("in_treatment", "agent2", True),  # editor of the treating service
    ("in_treatment", "chef", True),
    ("in_treatment", "lecteur", False),  # copy service
    ("in_treatment", "autre", False),  # other service
    ("closed", "agent1", False),
    ("closed", "chef", False),
]


@pytest.mark.parametrize("case", ADDERS, ids=[f"{c[0]}-{c[1]}" for c in ADDERS])
def test_who_may_add_a_task(portal, registered, case):
    state, userid, allowed = case
    mail = _mail_in(portal, registered, state, assigned_agent="agent1")
    as_user(portal, userid)
    assert can_add_task(mail) is allowed


@pytest.fixture
def task(portal, services, registered):
    """agent1 (Travaux) asks Culture (agent: autre) to check something about a
    Travaux mail. Culture gets a manager and a second editor, Sports a member."""
    from ia.core.orgchart.api import add_member
    from ia.core.orgchart.api import get_orgchart
    from ia.core.testing import create_service
    from ia.core.testing import create_user

    mail = _mail_in(portal, registered, "in_treatment", assigned_agent="agent1")
    for userid in ("chefculture", "autre2", "sportif"):
        create_user(userid)
    add_member(services["culture"], "manager", "chefculture")
    add_member(services["culture"], "editor", "autre2")
    create_service(get_orgchart(portal), "Sports", [("editor", "sportif")])
    as_user(portal, "agent1")
    task = api.content.create(
        container=mail,
        type="IaTask",
        id="t1",
        title="Avis culture",
        responsible_services=[services["culture"]],
        assigned_agent="autre",
        due_date=date.today() + timedelta(days=5),
    )
    return task


TASK_STATES = ("to_do", "in_progress", "done", "cancelled")
WORK = {"to_do": {"start"}, "in_progress": {"finish", "back_to_do"}}
CANCEL = {
    "to_do": {"cancel"},
    "in_progress": {"cancel"},
    "done": {"reopen"},
    "cancelled": {"reactivate"},
}
OPEN = {"to_do", "in_progress"}


def _expected(person, state):
    """(sees, edits, transitions) of a person in a state of the task."""
    work = WORK.get(state, set())
    cancel = CANCEL[state]
    table = {
        "autre": (True, state in OPEN, work),  # assigned agent
        "autre2": (True, state in OPEN, work),  # other agent of the target
        "chefculture": (True, state in OPEN, work | cancel),  # target manager
        "agent1": (True, state in OPEN, cancel),  # creator, another service
        "lecteur": (True, False, set()),  # copy service of the mail
        "chef": (True, False, set()),  # manager of the mail's service
        "encodeur": (True, False, set()),  # registered the mail
        "sportif": (False, False, set()),  # other service
        "anonymous": (False, False, set()),
    }
    return table[person]


PERSONS = (
    "autre",
    "autre2",
    "chefculture",
    "agent1",
    "lecteur",
    "chef",
    "encodeur",
    "sportif",
    "anonymous",
)
CASES = [(state, person) for state in TASK_STATES for person in PERSONS]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_who_sees_and_acts(portal, task, case):
    state, person = case
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    set_state(task, state)
    if person == "anonymous":
        logout()
    else:
        as_user(portal, person)
    sees, edits, allowed = _expected(person, state)
    assert api.user.has_permission("View", obj=task) is sees
    assert api.user.has_permission("Modify portal content", obj=task) is edits
    assert transitions(task) == allowed


def test_task_on_dashboards(portal, task):
    def found(list_id, userid):
        as_user(portal, userid)
        dlist = get_list(list_id)
        params = dq.ListParams.from_form({})
        return {b.getId for b in dq.search(dlist, userid, params)}

    assert "t1" in found("to_treat", "autre")
    assert "t1" in found("my_services", "autre")
    assert "t1" not in found("my_services", "chef")
    assert "t1" not in found("mail_to_treat", "autre")  # mails only


def test_viewlet_on_the_mail(portal, task):
    from plone.app.layout.viewlets.interfaces import IBelowContentBody

    mail = task.__parent__
    as_user(portal, "lecteur")
    request = portal.REQUEST
    alsoProvides(request, IIaCoreLayer)
    view = getMultiAdapter((mail, request), name="ia-view")
    manager = getMultiAdapter(
        (mail, request, view), IBelowContentBody, name="plone.belowcontentbody"
    )
    manager.update()
    (viewlet,) = [v for v in manager.viewlets if v.__name__ == "ia.tasks"]
    html = viewlet.render()
    assert "Avis culture" in html
    assert "++add++IaTask" not in html


class TestRest:
    @pytest.fixture
    def mail(self, functional_portal, functional_services):
        from ia.docs.area import get_mail_area

        setRoles(functional_portal, TEST_USER_ID, ["Manager"])
        login(functional_portal, TEST_USER_NAME)
        mail = api.content.create(
            container=get_mail_area(functional_portal),
            type="IaIncomingMail",
            id="m1",
            title="Demande",
            mail_type="request",
            responsible_services=[functional_services["travaux"]],
            copy_services=[functional_services["finances"]],
            assigned_agent="agent1",
        )
        set_state(mail, "in_treatment")
        transaction.commit()
        return mail

    def _post_task(self, url, userid, services):
        return rest(
            "POST",
            url,
            userid,
            json={
                "@type": "IaTask",
                "title": "Avis culture",
                "instructions": "Donner un avis.",
                "responsible_services": [services["culture"]],
                "assigned_agent": "autre",
                "due_date": "2030-01-15",
            },
        )

    def test_create_and_play(self, mail, functional_services):
        url = mail.absolute_url()
        response = self._post_task(url, "agent1", functional_services)
        assert response.status_code == 201, response.text
        task_url = response.json()["@id"]
        assert response.json()["review_state"] == "to_do"
        refused = rest("POST", f"{task_url}/@workflow/start", "lecteur")
        assert refused.status_code in (400, 401, 403)
        started = rest("POST", f"{task_url}/@workflow/start", "autre")
        assert started.status_code == 200, started.text
        assert started.json()["review_state"] == "in_progress"
        listing = rest("GET", f"{task_url}", "lecteur")
        assert listing.status_code == 200

    def test_copy_service_may_not_create(self, mail, functional_services):
        response = self._post_task(mail.absolute_url(), "lecteur", functional_services)
        assert response.status_code in (401, 403)
        transaction.begin()
        assert "IaTask" not in {o.portal_type for o in mail.objectValues()}
