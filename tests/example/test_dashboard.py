"""The list "Demandes en traitement" and the column "Sujet"."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.registry import available_lists
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from tests.example.ia_example.dashboards import TopicColumn
import pytest


LIST = "example_requests_in_treatment"


@pytest.fixture
def requests(request_in, services):
    return {
        "voirie": request_in("in_treatment", title="Nid de poule", topic="Voirie"),
        "proprete": request_in("in_treatment", title="Dépôt", topic="Propreté"),
        "received": request_in("received", title="Trottoir", topic="Voirie"),
        "culture": request_in(
            "in_treatment", title="Salle", topic="Salle", services=[services["culture"]]
        ),
    }


def found(portal, userid, **form):
    as_user(portal, userid)
    try:
        dlist = get_list(LIST)
        params = dq.ListParams.from_form(form, dlist)
        return [brain.getId for brain in dq.search(dlist, userid, params)]
    finally:
        login(portal, TEST_USER_NAME)


def test_available_where_installed(portal):
    assert LIST in {dlist.id for dlist in available_lists()}


def test_requests_of_my_services_in_treatment(portal, requests):
    expected = {requests["voirie"].getId(), requests["proprete"].getId()}
    assert set(found(portal, "agent1")) == expected
    assert set(found(portal, "chef")) == expected
    assert found(portal, "autre") == [requests["culture"].getId()]


def test_not_for_a_user_outside_the_chart(portal, requests):
    as_user(portal, "agent1")
    assert get_list(LIST).query("nobody") is None


def test_topic_column_sorts_and_shows(portal, requests):
    ids = found(portal, "agent1", sort_on="example_topic", sort_order="descending")
    assert ids == [requests["voirie"].getId(), requests["proprete"].getId()]
    as_user(portal, "agent1")
    brains = dq.search(get_list(LIST), "agent1", dq.ListParams.from_form({}))
    assert sorted(TopicColumn().cells(brains, None)) == ["Propreté", "Voirie"]
