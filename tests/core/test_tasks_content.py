"""IaTask: creation in a document, who sees and acts (real users), the ball,
the dashboards and the viewlet."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.core.interfaces import IIaCoreLayer
from ia.core.tasks.listing import can_add_task
from ia.core.tasks.listing import task_brains
from ia.core.tasks.testing import task_world
from ia.core.workflows.testing import transitions
from plone import api
from plone.app.testing import logout
from zope.component import getMultiAdapter
from zope.interface import alsoProvides
import pytest


@pytest.fixture
def world(portal):
    return task_world(portal)


def found(list_id, userid):
    as_user(api.portal.get(), userid)
    dlist = get_list(list_id)
    return {b.getId for b in dq.search(dlist, userid, dq.ListParams.from_form({}))}


class TestCreation:
    def test_created_in_document(self, portal, world):
        task = world["task"]
        assert task.portal_type == "IaTask"
        assert task.__parent__ is world["doc"]
        assert api.content.get_state(task) == "to_do"
        assert "Owner" in task.get_local_roles_for_userid("ed_a")

    def test_not_addable_elsewhere(self, portal, world):
        from plone.api.exc import InvalidParameterError

        with pytest.raises((InvalidParameterError, ValueError)):
            api.content.create(container=portal, type="IaTask", title="Nulle part")

    def test_other_service_may_not_add(self, portal, world):
        as_user(portal, "autre")
        assert not can_add_task(world["doc"])
        as_user(portal, "ed_a")
        assert can_add_task(world["doc"])


# (user, sees, may edit, transitions) in state to_do
PEOPLE = [
    ("agent_b1", True, True, {"start"}),  # assigned agent
    ("agent_b2", True, True, {"start"}),  # other agent of the target service
    ("chef_b", True, True, {"start", "cancel"}),  # target service manager
    ("ed_a", True, True, {"cancel"}),  # creator, in another service
    ("lect_a", True, False, set()),  # reader of the document
    ("autre", False, False, set()),  # other service
]


@pytest.mark.parametrize("person", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_people_to_do(portal, world, person):
    userid, sees, edits, allowed = person
    task = world["task"]
    as_user(portal, userid)
    assert api.user.has_permission("View", obj=task) is sees
    assert api.user.has_permission("Modify portal content", obj=task) is edits
    assert transitions(task) == allowed
    catalog = api.portal.get_tool("portal_catalog")
    assert bool(catalog.searchResults(UID=task.UID())) is sees


def test_anonymous_sees_nothing(portal, world):
    logout()
    assert not api.user.has_permission("View", obj=world["task"])


def test_document_service_does_not_act_on_the_task(portal, world):
    """The document's editors (A) would act through acquired roles: blocked."""
    task = world["task"]
    as_user(portal, "ed_a")
    roles = api.user.get_roles(username="ed_a", obj=task)
    assert "IaEditor" not in roles
    assert "IaCopyReader" in roles


def test_agent_plays_the_task(portal, world):
    task = world["task"]
    as_user(portal, "agent_b1")
    api.content.transition(obj=task, transition="start")
    assert transitions(task) == {"finish", "back_to_do"}
    api.content.transition(obj=task, transition="finish", comment="Fait")
    assert api.content.get_state(task) == "done"
    assert transitions(task) == set()
    as_user(portal, "ed_a")
    assert transitions(task) == {"reopen"}


class TestBallAndDashboards:
    def test_ball(self, portal, world):
        catalog = api.portal.get_tool("portal_catalog")
        (brain,) = catalog.unrestrictedSearchResults(UID=world["task"].UID())
        index = catalog._catalog.getIndex("ia_ball")
        keys = set(index.getEntryForObject(brain.getRID()))
        assert keys == {f"{world['b']}:IaAgent", f"{world['b']}:IaEditor"}

    def test_to_treat_of_the_agent(self, portal, world):
        assert "t1" in found("to_treat", "agent_b1")
        assert "t1" not in found("to_treat", "agent_b2")

    def test_my_services_of_the_target(self, portal, world):
        assert "t1" in found("my_services", "agent_b2")
        assert "t1" in found("my_services", "chef_b")
        assert "t1" not in found("my_services", "ed_a")
        assert "t1" not in found("my_services", "autre")

    def test_overdue(self, portal, world):
        assert "t1" in found("overdue", "chef_b")
        assert "t1" not in found("overdue", "autre")

    def test_done_leaves_the_lists(self, portal, world):
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=world["task"], transition="start")
            api.content.transition(obj=world["task"], transition="finish")
        assert "t1" not in found("to_treat", "agent_b1")
        assert "t1" not in found("overdue", "chef_b")

    def test_cancelled_is_final(self, portal, world):
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=world["task"], transition="cancel")
        assert "t1" not in found("my_services", "chef_b")


class TestViewlet:
    def render(self, portal, doc):
        from plone.app.layout.viewlets.interfaces import IBelowContentBody

        request = portal.REQUEST
        alsoProvides(request, IIaCoreLayer)
        view = getMultiAdapter((doc, request), name="ia-view")
        manager = getMultiAdapter(
            (doc, request, view), IBelowContentBody, name="plone.belowcontentbody"
        )
        manager.update()
        (viewlet,) = [v for v in manager.viewlets if v.__name__ == "ia.tasks"]
        return viewlet.render()

    def test_lists_tasks_and_add_link(self, portal, world):
        as_user(portal, "ed_a")
        html = self.render(portal, world["doc"])
        assert "Vérifier le trottoir" in html
        assert "++add++IaTask" in html
        assert "text-danger" in html  # overdue

    def test_reader_sees_tasks_without_add_link(self, portal, world):
        as_user(portal, "lect_a")
        html = self.render(portal, world["doc"])
        assert "Vérifier le trottoir" in html
        assert "++add++IaTask" not in html

    def test_nothing_without_tasks(self, portal, world):
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(world["task"])
        as_user(portal, "lect_a")
        assert task_brains(world["doc"]) == [] or len(task_brains(world["doc"])) == 0
        assert self.render(portal, world["doc"]).strip() == ""
