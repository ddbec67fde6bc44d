"""Replies: pre-filled outgoing mail, links both ways, closing on send, @@ia-reply
(the hand-over itself: test_handover_reply)."""

from ia.core.errors import IaError
from ia.core.links import api as links
from ia.docs.replies import create_reply
from ia.docs.replies import replied_mails
from ia.docs.replies import replies_of
from plone import api
from plone.app.testing import login
from plone.protect.authenticator import createToken
import pytest


def _in_treatment(portal, registered, **fields):
    mail = registered(**fields)
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "chef")
    mail.assigned_agent = "agent1"
    mail.reindexObjectSecurity()
    api.content.transition(obj=mail, transition="propose_to_agent")
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    return mail


def _send(portal, outgoing):
    login(portal, "chef")
    for transition in ("propose_to_sign", "sign", "send"):
        api.content.transition(obj=outgoing, transition=transition)


def test_reply_prefilled_and_linked_both_ways(portal, services, registered):
    mail = registered(sender="contact-uid-1", title="Demande de subside")
    login(portal, "encodeur")
    reply = create_reply(mail)
    assert reply.portal_type == "IaOutgoingMail"
    assert reply.title == "Re: Demande de subside"
    assert reply.recipients == ["contact-uid-1"]
    assert reply.responsible_services == [services["travaux"]]
    assert reply.copy_services == [services["finances"]]
    assert reply.reference.startswith("S/")
    assert replied_mails(reply) == [mail]
    assert replies_of(mail) == [reply]
    assert create_reply(reply.__parent__[mail.getId()], title="Autre").title == "Autre"
    assert len(replies_of(mail)) == 2


def test_only_an_incoming_mail_is_answered(portal, services, registered):
    mail = registered()
    reply = create_reply(mail)
    with pytest.raises(IaError):
        create_reply(reply)


def test_sending_closes_the_mails_in_treatment(portal, services, registered):
    treated = _in_treatment(portal, registered, title="En traitement")
    login(portal, "encodeur")
    waiting = registered(title="Pas encore traité")
    reply = create_reply(treated)
    links.link(source=reply, target=waiting, kind="ia.reply_to")
    assert set(replied_mails(reply)) == {treated, waiting}
    _send(portal, reply)
    assert api.content.get_state(reply) == "sent"
    assert api.content.get_state(treated) == "closed"
    assert api.content.get_state(waiting) == "created"  # left as it was
    last = treated.workflow_history["ia_incoming_mail_workflow"][-1]
    assert last["action"] == "close"
    assert reply.reference in last["comments"]


def test_other_transitions_do_not_close(portal, services, registered):
    treated = _in_treatment(portal, registered)
    login(portal, "encodeur")
    reply = create_reply(treated)
    login(portal, "chef")
    api.content.transition(obj=reply, transition="propose_to_sign")
    api.content.transition(obj=reply, transition="sign")
    assert api.content.get_state(treated) == "in_treatment"


def test_reply_view(portal, services, registered):
    mail = registered()
    request = portal.REQUEST
    view = api.content.get_view("ia-reply", mail, request)
    assert "Create the reply" in view() or "réponse" in view()
    request.method = "POST"
    request.form.update({"form.submitted": "1", "_authenticator": createToken()})
    view()
    assert request.response.getStatus() == 302
    assert len(replies_of(mail)) == 1
    location = request.response.getHeader("location")
    assert location == replies_of(mail)[0].absolute_url() + "/edit"


def test_reply_view_refused_without_right(portal, services, registered):
    mail = registered()
    login(portal, "autre")  # another service: may not even view the mail
    page = api.content.get_view("ia-reply", mail, portal.REQUEST)()
    assert "form.submitted" not in page
    assert portal.REQUEST.response.getStatus() == 403
