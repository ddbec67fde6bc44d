"""College -> council: the hand-over ``ia.delib.council_item_from_college_item``
makes a new council item from a decided college item, linked
``ia.gave_rise_to``, with its texts, services and non-confidential annexes;
offered only when it may be done; the refusals (not decided, not a college
item, sent twice, no right, no or several councils, bad council) change
nothing; over REST (``@ia-handovers`` and the old ``@ia-send-to-council``)."""

from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.links import api as links
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import set_state
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue
from zope.i18n import translate
import pytest
import transaction


COUNCIL = "ia.delib.council_item_from_college_item"


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def make_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("encodeur", "lecteur", "autre", "secretaire", "passant"):
        create_user(userid)
    finances = create_service(
        portal["organisation"],
        "Finances",
        [("encoder", "encodeur"), ("reader", "lecteur")],
        id="finances",
    )
    travaux = create_service(
        portal["organisation"], "Travaux", [("encoder", "autre")], id="travaux"
    )
    college = create_body(
        portal,
        "Collège",
        id="college",
        body_kind="college",
        categories=["finances|Finances", "college-only|Propre au collège"],
    )
    conseil = create_body(portal, "Conseil", id="conseil", categories=["finances"])
    api.group.add_user(groupname="college_meeting_managers", username="secretaire")
    item = create_item(
        college,
        "Compte communal 2025",
        state="accepted",
        services=[finances.UID()],
        copy_services=[travaux.UID()],
        category="finances",
        motivation=html("<p>Vu le CDLD, art. L1312-1</p>"),
        decision=html("<p>Le collège arrête le compte.</p>"),
        privacy="public",
        budget_impact=True,
        budget_impact_text="Article 000/951-01",
    )
    add_attachment(item, id="compte.pdf", title="Compte")
    add_attachment(
        item, id="secret.pdf", title="Note confidentielle", confidential=True
    )
    return {
        "college": college,
        "conseil": conseil,
        "item": item,
        "finances": finances.UID(),
        "travaux": travaux.UID(),
    }


@pytest.fixture
def world(portal):
    return make_world(portal)


def send(item, userid, body=None):
    options = {"body": body} if body is not None else {}
    with api.env.adopt_user(username=userid):
        return handovers.hand_over(source=item, handover=COUNCIL, **options)


def offered(item, userid) -> bool:
    with api.env.adopt_user(username=userid):
        return COUNCIL in [h.id for h in handovers.available(source=item)]


def refused(item, userid, body=None) -> str:
    with pytest.raises(IaError) as info:
        send(item, userid, body)
    assert handovers.done(source=item, handover=COUNCIL) == []
    return translate(info.value.message, target_language="fr")


def test_send(world):
    item = world["item"]
    assert offered(item, "encodeur")
    new = send(item, "encodeur")
    assert new.aq_parent == world["conseil"]
    assert api.content.get_state(new) == "created"
    assert new.reference.startswith("DELIB/") and new.reference != item.reference
    assert new.Title() == "Compte communal 2025"
    assert new.responsible_services == [world["finances"]]
    assert new.copy_services == [world["travaux"]]
    assert new.category == "finances"
    assert "L1312-1" in new.motivation.raw
    assert "arrête le compte" in new.decision.raw
    assert new.budget_impact and new.budget_impact_text == "Article 000/951-01"
    assert [a.Title() for a in new.objectValues()] == ["Compte"]
    # linked, read from both ends
    assert links.targets(source=item, kind="ia.gave_rise_to") == [new]
    assert links.sources(target=new, kind="ia.gave_rise_to") == [item]
    assert handovers.done(source=item, handover=COUNCIL) == [new]
    # the college item is unchanged; once: no more on offer
    assert api.content.get_state(item) == "accepted"
    assert len(item.objectValues()) == 2
    assert not offered(item, "encodeur")
    # a reader of the service sees the link, is offered nothing
    with api.env.adopt_user(username="lecteur"):
        [link] = links.links(obj=item)
        assert (link.kind, link.direction, link.other) == (
            "ia.gave_rise_to",
            "out",
            new,
        )
    assert not offered(item, "lecteur")


def test_meeting_manager_may_send_accepted_modified(world):
    set_state(world["item"], "accepted_modified")
    assert offered(world["item"], "secretaire")
    assert send(world["item"], "secretaire").aq_parent == world["conseil"]


def test_sent_twice_refused(world):
    send(world["item"], "encodeur")
    with pytest.raises(IaError):
        send(world["item"], "encodeur")
    assert len(world["conseil"].objectIds()) == 2  # templates folder + new


@pytest.mark.parametrize(
    "state", ["created", "proposed", "validated", "frozen", "refused", "delayed"]
)
def test_not_decided_refused(world, state):
    set_state(world["item"], state)
    assert not offered(world["item"], "encodeur")
    assert "accepté par le collège" in refused(world["item"], "encodeur")
    assert len(world["conseil"].objectIds()) == 1


def test_council_item_refused(world):
    item = create_item(
        world["conseil"], "Point du conseil", "accepted", [world["finances"]]
    )
    assert not offered(item, "encodeur")
    refused(item, "encodeur")


@pytest.mark.parametrize("userid", ["lecteur", "autre", "passant"])
def test_no_right_refused(world, userid):
    assert not offered(world["item"], userid)
    message = refused(world["item"], userid)
    if userid == "lecteur":
        assert "service proposant" in message
    assert len(world["conseil"].objectIds()) == 1


def test_category_dropped_when_the_council_lacks_it(world):
    world["item"].category = "college-only"
    assert send(world["item"], "encodeur").category is None


def test_council_choice(world, portal):
    second = create_body(portal, "Conseil de police", id="police")
    assert "plusieurs conseils" in refused(world["item"], "encodeur")
    assert world["college"].UID() in refused(
        world["item"], "encodeur", world["college"].UID()
    )
    assert "nope" in refused(world["item"], "encodeur", "nope")
    assert "UID" in refused(world["item"], "encodeur", 3)
    assert send(world["item"], "encodeur", second.UID()).aq_parent == second


def test_no_council(world):
    api.content.delete(world["conseil"])
    assert "aucun conseil" in refused(world["item"], "encodeur")


def test_rest(functional_portal):
    world = make_world(functional_portal)
    transaction.commit()
    item_url = world["item"].absolute_url()
    listed = rest("GET", f"{item_url}/@ia-handovers", "encodeur").json()
    assert COUNCIL in [entry["id"] for entry in listed["items"]]
    url = f"{item_url}/@ia-send-to-council"  # the old name, for one release
    for body in ({"body": 3}, {"body": world["college"].UID()}):
        response = rest("POST", url, "encodeur", json=body)
        assert response.status_code == 400, response.text
    response = rest("POST", url, "lecteur")
    assert response.status_code in (400, 403)
    message = response.json()["error"]["message"]
    assert "proposing service" in message or "service proposant" in message
    response = rest("POST", url, "encodeur", json={})
    assert response.status_code == 201, response.text
    new_url = response.json()["@id"]
    assert response.json()["review_state"] == "created"
    response = rest("POST", url, "encodeur")
    assert response.status_code >= 400
    response = rest(
        "POST", f"{item_url}/@ia-handovers", "encodeur", json={"handover": COUNCIL}
    )
    assert response.status_code >= 400
    listed = rest("GET", f"{item_url}/@ia-handovers", "encodeur").json()
    assert COUNCIL not in [entry["id"] for entry in listed["items"]]
    links_ = rest("GET", f"{new_url}/@ia-links", "encodeur")
    assert item_url in links_.text
    transaction.begin()
    assert len(world["conseil"].objectIds()) == 2
