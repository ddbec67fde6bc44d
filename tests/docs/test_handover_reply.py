"""The hand-over ``ia.docs.reply``: offered to who treats the mail and to the
mail office, not to others; the reply made in /courrier in the user's name
(the agent may then edit it), linked ``ia.reply_to`` from both ends, as
often as wanted; over REST (``@ia-handovers`` and the old ``@ia-reply``)."""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.links import api as links
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import set_state
from ia.docs.replies import replied_mails
from ia.docs.replies import replies_of
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from zope.i18n import translate
import pytest
import transaction


REPLY = "ia.docs.reply"


def offered(mail, userid):
    with api.env.adopt_user(username=userid):
        return REPLY in [h.id for h in handovers.available(source=mail)]


@pytest.fixture
def mail(portal, registered):
    mail = registered(assigned_agent="agent1", sender="contact-uid-1")
    login(portal, TEST_USER_NAME)
    set_state(mail, "in_treatment")
    return mail


@pytest.mark.parametrize(
    "userid,expected",
    [
        ("agent1", True),  # the agent (and an editor of Travaux)
        ("agent2", True),  # an editor of Travaux
        ("chef", True),  # the manager of Travaux
        ("encodeur", True),  # the mail office (adds mail in /courrier)
        ("lecteur", False),  # a reader of the copy service
        ("autre", False),  # another service
    ],
)
def test_offered_to_who_treats_the_mail(portal, mail, userid, expected):
    assert offered(mail, userid) is expected


@pytest.mark.parametrize("state", ["created", "proposed_to_agent", "closed"])
def test_the_agent_replies_in_every_state(portal, mail, state):
    set_state(mail, state)
    assert offered(mail, "agent1")


def test_not_offered_on_an_outgoing_mail(portal, mail):
    with api.env.adopt_user(username="encodeur"):
        reply = handovers.hand_over(source=mail, handover=REPLY)
        assert REPLY not in [h.id for h in handovers.available(source=reply)]
        with pytest.raises(IaError):
            handovers.hand_over(source=reply, handover=REPLY)


def test_the_agent_replies_and_may_edit_the_reply(portal, mail, services):
    with api.env.adopt_user(username="agent1"):
        assert not api.user.has_permission("Add portal content", obj=portal.courrier)
        reply = handovers.hand_over(source=mail, handover=REPLY)
        assert api.user.has_permission("Modify portal content", obj=reply)
    assert reply.aq_parent == portal.courrier
    assert reply.portal_type == "IaOutgoingMail"
    assert api.content.get_state(reply) == "created"
    assert reply.title == "Re: Demande de permis de voirie"
    assert reply.recipients == ["contact-uid-1"]
    assert reply.responsible_services == [services["travaux"]]
    assert reply.copy_services == [services["finances"]]
    assert reply.assigned_agent == "agent1"
    assert reply.reference.startswith("S/")
    assert reply.listCreators() == ("agent1",)
    assert reply.getOwner().getId() == "agent1"
    assert "Owner" in reply.get_local_roles_for_userid("agent1")
    # the link, from both ends
    assert replied_mails(reply) == [mail]
    assert replies_of(mail) == [reply]
    [link] = links.links(obj=mail)
    assert (link.kind, link.direction, link.other) == ("ia.reply_to", "in", reply)
    assert handovers.done(source=mail, handover=REPLY) == [reply]


def test_not_once_and_a_title(portal, mail):
    login(portal, "agent1")
    first = handovers.hand_over(source=mail, handover=REPLY)
    second = handovers.hand_over(source=mail, handover=REPLY, title=" Autre objet ")
    assert second.title == "Autre objet"
    assert set(replies_of(mail)) == {first, second}
    assert REPLY in [h.id for h in handovers.available(source=mail)]


def test_refused_to_another_service_nothing_made(portal, mail):
    before = len(portal.courrier.objectIds())
    login(portal, "autre")
    with pytest.raises(IaError) as info:
        handovers.hand_over(source=mail, handover=REPLY)
    message = translate(info.value.message, target_language="fr")
    assert "traite ce courrier" in message
    assert info.value.status == 403
    login(portal, TEST_USER_NAME)
    assert len(portal.courrier.objectIds()) == before
    assert replies_of(mail) == []


def test_bad_title_refused(portal, mail):
    login(portal, "agent1")
    with pytest.raises(IaError):
        handovers.hand_over(source=mail, handover=REPLY, title=3)


def test_reply_view(portal, mail):
    from plone.protect.authenticator import createToken

    login(portal, "agent1")
    request = portal.REQUEST
    view = api.content.get_view("ia-reply", mail, request)
    assert "form.submitted" in view()
    assert mail.restrictedTraverse("@@ia-can-reply")() is True
    request.method = "POST"
    request.form.update({"form.submitted": "1", "_authenticator": createToken()})
    view()
    [reply] = replies_of(mail)
    assert request.response.getHeader("location") == reply.absolute_url() + "/edit"


def test_reply_view_shows_the_refusal(portal, mail):
    login(portal, "lecteur")
    assert mail.restrictedTraverse("@@ia-can-reply")() is False
    page = api.content.get_view("ia-reply", mail, portal.REQUEST)()
    assert "form.submitted" not in page
    assert portal.REQUEST.response.getStatus() == 403


def reply_post(portal, mail, token=True):
    from plone.protect.authenticator import createToken

    request = portal.REQUEST
    request.method = "POST"
    request.form["form.submitted"] = "1"
    if token:
        request.form["_authenticator"] = createToken()
    return api.content.get_view("ia-reply", mail, request)()


def test_reply_view_post_refused_writes_nothing(portal, mail):
    login(portal, "lecteur")
    page = reply_post(portal, mail)
    assert portal.REQUEST.response.getStatus() == 403
    assert "alert-danger" in page and "form.submitted" not in page
    assert transaction.get().isDoomed()
    assert replies_of(mail) == []


def test_reply_view_forged_post_refused(portal, mail):
    from zExceptions import Forbidden

    login(portal, "agent1")
    with pytest.raises(Forbidden):
        reply_post(portal, mail, token=False)
    assert replies_of(mail) == []


def test_over_rest_as_the_agent(functional_portal, functional_services):
    from tests.docs.conftest import register

    mail = register(functional_portal, functional_services, assigned_agent="agent1")
    login(functional_portal, TEST_USER_NAME)
    set_state(mail, "in_treatment")
    transaction.commit()
    url = mail.absolute_url()
    listed = rest("GET", f"{url}/@ia-handovers", "agent1")
    assert listed.status_code == 200, listed.text
    assert REPLY in [item["id"] for item in listed.json()["items"]]
    response = rest("POST", f"{url}/@ia-handovers", "agent1", json={"handover": REPLY})
    assert response.status_code == 201, response.text
    reply_url = response.json()["@id"]
    # the agent edits his reply
    patched = rest("PATCH", reply_url, "agent1", json={"title": "Réponse"})
    assert patched.status_code == 204, patched.text
    # the old endpoint, kept for one release
    old = rest("POST", f"{url}/@ia-reply", "agent1", json={"title": "Encore"})
    assert old.status_code == 201, old.text
    assert old.json()["replies_to"] == [mail.UID()]
    assert old.json()["title"] == "Encore"
    refused = rest("POST", f"{url}/@ia-reply", "autre", json={})
    assert refused.status_code in (401, 403)
    refused = rest("POST", f"{url}/@ia-handovers", "lecteur", json={"handover": REPLY})
    assert refused.status_code in (400, 403), refused.text
    transaction.begin()
    assert {r.title for r in replies_of(mail, unrestricted=True)} == {
        "Réponse",
        "Encore",
    }
