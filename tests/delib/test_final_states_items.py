"""Final states per iA.Delib workflow (state variable ``ia_final`` of each XML):
a document in a final state leaves every "open" dashboard list; a validated
item is not done (``validated`` is final in the core's validation workflow
only)."""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.facts import is_final
from ia.core.workflows.testing import set_state
from ia.core.workflows.testing_facts import definition_paths
from ia.core.workflows.testing_facts import expected_final
from ia.core.workflows.testing_facts import open_lists_holding
from ia.core.workflows.testing_facts import read_definition
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
import ia.delib
import pytest


FINAL = {
    path.parent.name: expected_final(read_definition(path))
    for path in definition_paths(ia.delib)
}
ITEM_CASES = FINAL["ia_delib_item_workflow"]
USERS = ("redacteur", "relecteur", "chef", "secretaire")


def test_every_delib_workflow_has_its_final_states():
    assert FINAL == {
        "ia_delib_advice_workflow": ("given",),
        "ia_delib_body_workflow": (),
        "ia_delib_item_workflow": (
            "accepted",
            "accepted_modified",
            "refused",
            "postponed",
            "removed",
        ),
        "ia_delib_meeting_workflow": ("closed",),
    }


@pytest.fixture
def service(portal, body):
    for userid in USERS:
        create_user(userid)
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    return create_service(
        portal["organisation"],
        "Travaux",
        [("editor", "redacteur"), ("reviewer1", "relecteur"), ("manager", "chef")],
    ).UID()


def test_validated_item_is_open_and_accepted_is_final(body):
    open_item = create_item(body, title="Ouvert", state="validated")
    done_item = create_item(body, title="Décidé", state="accepted")
    assert is_final(open_item) is False
    assert is_final(done_item) is True
    open_uids = {
        b.UID for b in api.content.find(portal_type="IaDelibItem", ia_final=False)
    }
    assert api.content.get_uuid(open_item) in open_uids
    assert api.content.get_uuid(done_item) not in open_uids


@pytest.mark.parametrize("state", ITEM_CASES)
def test_final_item_leaves_the_open_lists(body, service, state):
    for open_state in ("created", "proposed", "validated", "delayed"):
        item = create_item(body, state=open_state, services=[service])
        assert {"my_services", "delib_items_of_my_services"} <= open_lists_holding(
            item, USERS
        ), open_state
    done = create_item(body, state=state, services=[service])
    assert open_lists_holding(done, USERS) == set()


def test_closed_meeting_is_final(body):
    meeting = create_meeting(body, state="decided")
    assert is_final(meeting) is False
    set_state(meeting, "closed")
    assert is_final(meeting) is True
    assert api.content.find(UID=meeting.UID())[0].ia_final is True


def test_given_advice_leaves_the_open_lists(body, service):
    item = create_item(body, state="proposed", services=[service])
    advice = api.content.create(
        container=item,
        type="IaDelibAdvice",
        title="Avis",
        responsible_services=[service],
    )
    assert "delib_advices_to_give" in open_lists_holding(advice, USERS)
    set_state(advice, "given")
    assert is_final(advice) is True
    assert open_lists_holding(advice, USERS) == set()
