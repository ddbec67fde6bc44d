"""iA.Delib's dashboard lists: who sees which item (service user, reviewer,
other service, meeting manager), over the catalog as each user, and the
batch "present" of the core dashboard over REST."""

from ia.core.dashboard import principal
from ia.core.dashboard.interfaces import IDashboardList
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getUtility
import pytest
import transaction


USERS = ("encodeur", "chef", "autre", "autrechef", "secretaire", "passant")


def make_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in USERS:
        create_user(userid)
    finances = create_service(
        portal["organisation"],
        "Finances",
        [("encoder", "encodeur"), ("reviewer1", "chef")],
        id="finances",
    )
    travaux = create_service(
        portal["organisation"],
        "Travaux",
        [("encoder", "autre"), ("reviewer1", "autrechef")],
        id="travaux",
    )
    body = create_body(portal, "Conseil", id="conseil")
    college = create_body(portal, "Collège", id="college", body_kind="college")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    meeting = create_meeting(body, "Séance du 14 décembre", id="seance")
    fin = [finances.UID()]
    items = {
        "created": create_item(body, "Brouillon", "created", fin),
        "proposed": create_item(body, "Proposé", "proposed", fin),
        "validated": create_item(
            body, "Validé", "validated", fin, preferred_meeting=meeting.UID()
        ),
        "accepted": create_item(body, "Accepté", "accepted", fin),
        "other": create_item(body, "Travaux proposé", "proposed", [travaux.UID()]),
        "college": create_item(
            college, "Validé au collège", "validated", [travaux.UID()]
        ),
    }
    return {"body": body, "meeting": meeting, "items": items}


@pytest.fixture
def world(portal):
    return make_world(portal)


def titles(list_id, userid):
    """Titles of the items of list ``list_id`` that ``userid`` sees."""
    principal.clear_cache()
    dlist = getUtility(IDashboardList, name=list_id)
    query = dlist.query(userid)
    if query is None:
        return None
    with api.env.adopt_user(username=userid):
        brains = api.portal.get_tool("portal_catalog").searchResults(**query)
        return sorted(brain.Title for brain in brains)


def test_lists_registered_and_available(world):
    for name in (
        "delib_items_to_validate",
        "delib_items_of_my_services",
        "delib_items_to_present",
    ):
        dlist = getUtility(IDashboardList, name=name)
        assert dlist.id == name
        assert dlist.available()


def test_to_validate_is_the_core_list_narrowed_to_items(world):
    assert titles("delib_items_to_validate", "chef") == ["Proposé"]
    assert titles("delib_items_to_validate", "autrechef") == ["Travaux proposé"]
    # the core list holds the same items (the item workflow's ball fills ia_ball)
    assert "Proposé" in titles("to_validate", "chef")
    # an encoder holds no reviewer function: the list does not apply
    assert titles("delib_items_to_validate", "encodeur") is None
    assert titles("delib_items_to_validate", "passant") is None


def test_items_of_my_services_not_final(world):
    assert titles("delib_items_of_my_services", "encodeur") == [
        "Brouillon",
        "Proposé",
        "Validé",
    ]
    assert titles("delib_items_of_my_services", "autre") == [
        "Travaux proposé",
        "Validé au collège",
    ]
    assert titles("delib_items_of_my_services", "passant") is None


def test_items_to_present_for_meeting_managers_of_the_body(world):
    assert titles("delib_items_to_present", "secretaire") == ["Validé"]
    # not the college's validated item: he does not manage the college
    for userid in ("encodeur", "chef", "autre", "passant"):
        assert titles("delib_items_to_present", userid) is None
    api.group.add_user(groupname="college_meeting_managers", username="secretaire")
    assert titles("delib_items_to_present", "secretaire") == [
        "Validé",
        "Validé au collège",
    ]


def test_batch_present_to_preferred_meeting(functional_portal):
    world = make_world(functional_portal)
    items = world["items"]
    # one more validated item, without a preferred meeting: refused alone
    lost = create_item(
        world["body"],
        "Sans séance",
        "validated",
        items["validated"].responsible_services,
    )
    transaction.commit()
    url = f"{functional_portal.absolute_url()}/@ia-dashboard/delib_items_to_present"
    response = rest("GET", url, "secretaire")
    assert response.status_code == 200, response.text
    assert {row["title"] for row in response.json()["items"]} == {
        "Validé",
        "Sans séance",
    }
    response = rest(
        "POST",
        f"{url}/@transition",
        "secretaire",
        json={
            "items": [items["validated"].UID(), lost.UID()],
            "transition": "present",
        },
    )
    assert response.status_code == 200, response.text
    result = {row["uid"]: row for row in response.json()["items"]}
    assert result[items["validated"].UID()]["success"]
    assert result[items["validated"].UID()]["review_state"] == "presented"
    # refused (plone.api's transition hides the reason: see docs/delib.md)
    assert not result[lost.UID()]["success"]
    transaction.begin()
    assert api.content.get_state(lost) == "validated"
    assert items["validated"].meeting_uid == world["meeting"].UID()
    assert items["validated"].item_number == 1


def test_near_duplicates_are_aliases_of_the_core_tabs(portal, world):
    """One set of tabs: iA.Delib's copies of "À valider" and "De mes services"
    are aliases; the page opens the core list on iA.Delib, with no pill of
    their own (the items to present stay a sub-list)."""
    for name, core in (
        ("delib_items_to_validate", "to_validate"),
        ("delib_items_of_my_services", "my_services"),
    ):
        dlist = getUtility(IDashboardList, name=name)
        assert (dlist.alias_of, dlist.product) == (core, "ia.delib")
    assert getUtility(IDashboardList, name="delib_items_to_present").alias_of is None
    principal.clear_cache()
    with api.env.adopt_user(username="chef"):
        request = portal.REQUEST
        request.form.update({"list": "delib_items_to_validate"})
        view = api.content.get_view("ia-dashboard", portal, request)
        view.userid = "chef"
        view._setup_lists()
        assert view.active.id == "to_validate"
        assert request.form["product"] == "ia.delib"
        shown = {d.id for _core, members in view._tab_lists() for d in members}
    assert not shown & {"delib_items_to_validate", "delib_items_of_my_services"}
    assert {"to_validate", "my_services"} <= shown
