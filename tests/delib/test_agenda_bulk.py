"""Many items on an agenda at once (order, categories, urgency), in one call
or one form; all or nothing."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.delib.bulk import put_on_agenda
from ia.delib.errors import DelibError
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import requests
import transaction


def make_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    body = create_body(
        portal, "Conseil", id="conseil", categories=["fin|Finances", "trav|Travaux"]
    )
    meeting = create_meeting(body, "Séance", id="seance")
    items = [
        create_item(body, title, id=f"p{index}", state="validated")
        for index, title in enumerate(("Budget", "Voirie", "Écoles"), start=1)
    ]
    items.append(create_item(body, "Proposé", id="p4", state="proposed"))
    return {"body": body, "meeting": meeting, "items": items}


@pytest.fixture
def world(portal):
    return make_world(portal)


def uid(obj):
    return api.content.get_uuid(obj)


def titles(meeting):
    from ia.delib import agenda

    return [(i.item_number, i.Title(), i.list_type) for i in agenda.items(meeting)]


def test_in_order_with_categories_and_urgency(world):
    budget, voirie, ecoles, _draft = world["items"]
    put_on_agenda(
        world["meeting"],
        [
            {"item": uid(ecoles), "category": "trav"},
            {"item": uid(voirie), "urgency": True},
            {"item": uid(budget), "category": "fin"},
        ],
    )
    assert titles(world["meeting"]) == [
        (1, "Écoles", "normal"),
        (2, "Budget", "normal"),
        (3, "Voirie", "emergency"),
    ]
    assert (ecoles.category, budget.category) == ("trav", "fin")
    assert api.content.get_state(ecoles) == "presented"


def test_a_proposed_item_is_validated_on_the_way(world):
    draft = world["items"][3]
    put_on_agenda(world["meeting"], [{"item": uid(draft)}])
    assert api.content.get_state(draft) == "presented"


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"item": "nope"}, "Line 2: Unknown item"),
        ({"item": None, "category": "x"}, "Line 2: Unknown item"),
        ("budget", "Line 2: Each line"),
        ("twice", "Line 2: The item is twice"),
        ({"category": "nope", "item": "voirie"}, "Line 2: Unknown category nope"),
        (
            {"urgency": "oui", "item": "voirie"},
            "Line 2: Say whether the item is urgent",
        ),
    ],
)
def test_all_or_nothing(world, bad, message):
    budget, voirie, *_ = world["items"]
    if isinstance(bad, dict) and bad.get("item") == "voirie":
        bad = dict(bad, item=uid(voirie))
    if bad == "twice":
        bad = {"item": uid(budget)}
    with pytest.raises(DelibError) as info:
        put_on_agenda(world["meeting"], [{"item": uid(budget), "category": "fin"}, bad])
    assert message in str(info.value)
    assert titles(world["meeting"]) == []
    assert api.content.get_state(budget) == "validated"
    assert budget.category is None


def test_empty_list_refused(world):
    with pytest.raises(DelibError, match="Give the list"):
        put_on_agenda(world["meeting"], [])


@pytest.fixture
def site(functional_portal):
    world = make_world(functional_portal)
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    transaction.commit()
    return world


def test_rest_one_call(site):
    budget, voirie, ecoles, _proposed = site["items"]
    url = f"{site['meeting'].absolute_url()}/@ia-agenda-bulk"
    body = {"items": [{"item": uid(voirie)}, {"item": uid(budget), "urgency": True}]}
    response = rest("POST", url, "secretaire", json=body)
    assert response.status_code == 200, response.text
    assert [row["title"] for row in response.json()["items"]] == ["Voirie", "Budget"]
    bad = {"items": [{"item": uid(ecoles)}, {"item": "nope"}]}
    response = rest("POST", url, "secretaire", json=bad)
    assert response.status_code == 400
    assert "Line 2" in response.text or "Ligne 2" in response.text
    transaction.begin()
    assert api.content.get_state(ecoles) == "validated"
    assert rest("POST", url, None, json=body).status_code in (401, 403)


def test_form(site):
    budget, voirie, ecoles, _proposed = site["items"]
    session = requests.Session()
    session.auth = ("secretaire", PASSWORD)
    page = session.get(site["meeting"].absolute_url())
    assert 'id="ia-bulk-agenda"' in page.text
    import re

    token = re.search(r'name="_authenticator" value="([^"]+)"', page.text).group(1)
    form = {
        "_authenticator": token,
        "items:list": [uid(budget), uid(ecoles)],
        f"order-{uid(budget)}": "2",
        f"order-{uid(ecoles)}": "1",
        f"category-{uid(ecoles)}": "trav",
        "urgency:list": [uid(budget)],
    }
    response = session.post(
        f"{site['meeting'].absolute_url()}/@@ia-present-items", data=form
    )
    assert response.status_code == 200
    transaction.begin()
    assert titles(site["meeting"]) == [
        (1, "Écoles", "normal"),
        (2, "Budget", "emergency"),
    ]
    assert ecoles.category == "trav"
