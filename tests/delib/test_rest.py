"""iA.Delib over REST: an item created, validated and presented by real users
(service encoder, n+1 reviewer, meeting manager), the agenda read and
reordered, and the refusals (closed meeting, no permission, bad position)."""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.delib import api as delib
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import transaction


@pytest.fixture
def world(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("encodeur", "chef", "secretaire", "passant"):
        create_user(userid)
    service = create_service(
        portal["organisation"],
        "Finances",
        [("encoder", "encodeur"), ("reviewer1", "chef")],
        id="finances",
    )
    body = create_body(portal, "Conseil", id="conseil")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    meeting = create_meeting(body, "Séance du 14 décembre", id="seance")
    closed = create_meeting(body, "Séance passée", id="passee", state="closed")
    transaction.commit()
    return {
        "service": service.UID(),
        "body": body,
        "meeting": meeting,
        "closed": closed,
        "url": body.absolute_url(),
    }


def post(url, user, **json):
    return rest("POST", url, user, json=json)


def test_item_cycle(world):
    url = world["url"]
    response = post(
        url,
        "encodeur",
        **{
            "@type": "IaDelibItem",
            "title": "Marché de fournitures scolaires",
            "responsible_services": [world["service"]],
            "privacy": "public",
            "list_type": "normal",
            "budget_impact": True,
            "budget_impact_text": "Article 722/124-02",
            "motivation": {"data": "<p>Vu le CDLD</p>", "content-type": "text/html"},
        },
    )
    assert response.status_code == 201, response.text
    item_url = response.json()["@id"]
    assert response.json()["reference"].startswith("DELIB/")
    assert response.json()["review_state"] == "created"
    # the other member sees nothing of the draft
    assert rest("GET", item_url, "passant").status_code in (401, 403)

    response = post(f"{item_url}/@workflow/propose", "encodeur")
    assert response.status_code == 200, response.text
    # the encoder may not validate his own item
    response = post(f"{item_url}/@workflow/validate", "encodeur")
    assert response.status_code in (400, 401, 403), response.text
    response = post(f"{item_url}/@workflow/validate", "chef", comment="OK")
    assert response.json()["review_state"] == "validated", response.text

    # the meeting manager chooses the meeting and presents the item
    meeting_uid = world["meeting"].UID()
    response = rest(
        "PATCH", item_url, "secretaire", json={"preferred_meeting": meeting_uid}
    )
    assert response.status_code == 204, response.text
    response = post(f"{item_url}/@workflow/present", "secretaire")
    assert response.json()["review_state"] == "presented", response.text

    agenda = rest("GET", f"{world['meeting'].absolute_url()}/@ia-agenda", "secretaire")
    assert agenda.status_code == 200, agenda.text
    rows = agenda.json()["items"]
    assert [(row["number"], row["title"]) for row in rows] == [
        (1, "Marché de fournitures scolaires")
    ]


def test_present_in_closed_meeting_refused(world):
    item = create_item(
        world["body"],
        "Point",
        state="validated",
        preferred_meeting=world["closed"].UID(),
    )
    transaction.commit()
    response = post(f"{item.absolute_url()}/@workflow/present", "secretaire")
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "WorkflowException"
    assert "Séance passée" in error["message"]
    transaction.begin()
    assert api.content.get_state(item) == "validated"
    assert list(world["closed"].agenda_uids()) == []


class TestReorder:
    @pytest.fixture
    def items(self, world):
        items = [
            create_item(world["body"], title, state="validated") for title in "ABC"
        ]
        for item in items:
            delib.present_item(item, world["meeting"])
        transaction.commit()
        return items

    def url(self, world):
        return f"{world['meeting'].absolute_url()}/@ia-agenda"

    def test_meeting_manager_moves_to_top(self, world, items):
        response = post(self.url(world), "secretaire", item=items[2].UID(), position=1)
        assert response.status_code == 200, response.text
        rows = response.json()["items"]
        assert [(row["number"], row["title"]) for row in rows] == [
            (1, "C"),
            (2, "A"),
            (3, "B"),
        ]
        again = rest("GET", self.url(world), "secretaire").json()["items"]
        assert [row["title"] for row in again] == ["C", "A", "B"]
        transaction.begin()
        assert [i.item_number for i in items] == [2, 3, 1]

    def test_other_member_refused(self, world, items):
        response = post(self.url(world), "passant", item=items[2].UID(), position=1)
        assert response.status_code in (401, 403), response.text
        transaction.begin()
        assert [i.item_number for i in items] == [1, 2, 3]

    @pytest.mark.parametrize("position", [0, "first", None])
    def test_bad_position(self, world, items, position):
        response = post(
            self.url(world), "secretaire", item=items[2].UID(), position=position
        )
        assert response.status_code == 400, response.text
        assert "whole number" in response.json()["error"]["message"]
        transaction.begin()
        assert [i.item_number for i in items] == [1, 2, 3]

    def test_unknown_item(self, world, items):
        response = post(self.url(world), "secretaire", item="nope", position=1)
        assert response.status_code == 400, response.text
        assert "nope" in response.json()["error"]["message"]
