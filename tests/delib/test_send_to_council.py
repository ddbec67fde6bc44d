"""College -> council: a decided college item becomes a new council item,
linked both ways, with its texts, services and non-confidential annexes;
the refusals (not decided, not a college item, sent twice, no right, no or
several councils, bad council) change nothing."""

from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.delib.council import api as council
from ia.delib.council.browser import CouncilLinkViewlet
from ia.delib.council.browser import link_data
from ia.delib.errors import DelibError
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue
from plone.protect.authenticator import createToken
from zope.i18n import translate
import pytest
import transaction


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
    with api.env.adopt_user(username=userid):
        return council.send_to_council(item, body)


def refused(item, userid, body=None):
    count = len(item.aq_parent.objectIds()) if item else 0
    with pytest.raises(DelibError) as info:
        send(item, userid, body)
    assert council.sent_to(item) is None
    return str(info.value), count


def test_send(world):
    item = world["item"]
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
    # linked both ways
    assert council.sent_to(item) == new
    assert council.sent_from(new) == item
    # the college item is unchanged
    assert api.content.get_state(item) == "accepted"
    assert len(item.objectValues()) == 2
    with api.env.adopt_user(username="encodeur"):
        assert link_data(item)["sent_to"]["@id"] == new.absolute_url()
        assert link_data(item)["can_send"] is False
        assert link_data(new)["sent_from"]["title"] == "Compte communal 2025"


def test_meeting_manager_may_send_accepted_modified(world):
    from ia.core.workflows.testing import set_state

    set_state(world["item"], "accepted_modified")
    assert send(world["item"], "secretaire").aq_parent == world["conseil"]


def test_sent_twice_refused(world):
    new = send(world["item"], "encodeur")
    with pytest.raises(DelibError) as info:
        send(world["item"], "encodeur")
    assert "already been sent" in str(info.value)
    assert new.absolute_url() in str(info.value)
    french = translate(info.value.message, target_language="fr")
    assert french.startswith("Ce point a déjà été envoyé au conseil : Compte communal")
    assert len(world["conseil"].objectIds()) == 2  # templates folder + new


@pytest.mark.parametrize(
    "state", ["created", "proposed", "validated", "frozen", "refused", "delayed"]
)
def test_not_decided_refused(world, state):
    from ia.core.workflows.testing import set_state

    set_state(world["item"], state)
    message, _count = refused(world["item"], "encodeur")
    assert "accepted by the college" in message
    assert len(world["conseil"].objectIds()) == 1


def test_council_item_refused(world):
    item = create_item(
        world["conseil"], "Point du conseil", "accepted", [world["finances"]]
    )
    message, _count = refused(item, "encodeur")
    assert "item of the college" in message


@pytest.mark.parametrize("userid", ["lecteur", "autre", "passant"])
def test_no_right_refused(world, userid):
    message, _count = refused(world["item"], userid)
    assert "proposing service or the meeting managers" in message
    assert len(world["conseil"].objectIds()) == 1


def test_category_dropped_when_the_council_lacks_it(world):
    world["item"].category = "college-only"
    assert send(world["item"], "encodeur").category is None


def test_council_choice(world, portal):
    second = create_body(portal, "Conseil de police", id="police")
    message, _count = refused(world["item"], "encodeur")
    assert "several councils" in message
    message, _count = refused(world["item"], "encodeur", world["college"].UID())
    assert "is not a council" in message
    message, _count = refused(world["item"], "encodeur", "nope")
    assert "is not a council" in message
    assert send(world["item"], "encodeur", second.UID()).aq_parent == second


def test_no_council(world):
    api.content.delete(world["conseil"])
    message, _count = refused(world["item"], "encodeur")
    assert "no council" in message


def test_view_and_viewlet(world, portal):
    request = portal.REQUEST
    item = world["item"]
    with api.env.adopt_user(username="encodeur"):
        viewlet = CouncilLinkViewlet(item, request, None, None)
        viewlet.update()
        assert "@@ia-send-to-council" in viewlet.render()
        view = api.content.get_view("ia-send-to-council", item, request)
        assert "form.send" in view()
        request.method = "POST"
        request.form.update({"form.send": "1", "_authenticator": createToken()})
        view()
        assert request.response.getStatus() == 302
        new = council.sent_to(item)
        assert request.response.getHeader("Location") == new.absolute_url()
        viewlet = CouncilLinkViewlet(new, request, None, None)
        viewlet.update()
        assert item.absolute_url() in viewlet.render()
        # again: the page shows the refusal
        page = view()
        assert request.response.getStatus() == 400
        assert "already been sent" in page
    # a reader of the service sees the link, not the button
    with api.env.adopt_user(username="lecteur"):
        viewlet = CouncilLinkViewlet(item, request, None, None)
        viewlet.update()
        html_ = viewlet.render()
        assert new.absolute_url() in html_
        assert "@@ia-send-to-council" not in html_


def test_rest(functional_portal):
    world = make_world(functional_portal)
    transaction.commit()
    item_url = world["item"].absolute_url()
    url = f"{item_url}/@ia-send-to-council"
    assert rest("GET", f"{item_url}/@ia-council-link", "encodeur").json()["can_send"]
    for body in ({"body": 3}, {"body": world["college"].UID()}):
        response = rest("POST", url, "encodeur", json=body)
        assert response.status_code == 400, response.text
    response = rest("POST", url, "lecteur")
    assert response.status_code == 400
    assert "proposing service" in response.json()["error"]["message"]
    response = rest("POST", url, "encodeur", json={})
    assert response.status_code == 201, response.text
    new_url = response.json()["@id"]
    assert response.json()["review_state"] == "created"
    response = rest("POST", url, "encodeur")
    assert response.status_code == 400
    assert "already been sent" in response.json()["error"]["message"]
    link = rest("GET", f"{item_url}/@ia-council-link", "encodeur").json()
    assert link["sent_to"]["@id"] == new_url and not link["can_send"]
    link = rest("GET", f"{new_url}/@ia-council-link", "encodeur").json()
    assert link["sent_from"]["@id"] == item_url
    # both pages show the link (the viewlet in the page)
    from ia.core.testing import PASSWORD
    import requests

    page = requests.get(new_url, auth=("encodeur", PASSWORD), timeout=30)
    assert page.status_code == 200
    assert "ia-council-link" in page.text and item_url in page.text
    page = requests.get(item_url, auth=("encodeur", PASSWORD), timeout=30)
    assert "ia-council-link" in page.text and new_url in page.text
    transaction.begin()
    assert len(world["conseil"].objectIds()) == 2
