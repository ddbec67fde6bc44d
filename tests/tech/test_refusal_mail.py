"""The refusal reason reaches the requester: an e-mail through the core's
outgoing queue (the citizen's Open311 address, the directory contact's, or
the colleague's who filed it), and the request's page says where it is."""

from ia.core.mailqueue import api as mailqueue
from ia.tech import triage
from ia.tech.refusal_mail import recipient
from ia.tech.requests import file_request
from plone import api
from plone.app.testing import login


REASON = "Voirie régionale : le SPW est prévenu."


def viewlet_text(portal, request):
    from ia.core.mailqueue.viewlet import EmailStatusViewlet as RefusalMailViewlet

    viewlet = RefusalMailViewlet(request, portal.REQUEST, None)
    viewlet.update()
    return viewlet.render()


def test_citizen_gets_the_reason(portal, new_request):
    request = new_request(origin="open311", contact_email="lucie@example.org")
    login(portal, "dispatch")
    triage.refuse(request, reason=REASON)
    record = mailqueue.status(request)
    assert record["state"] == mailqueue.QUEUED
    assert record["to"] == "lucie@example.org"
    assert "ia-email-status" in viewlet_text(portal, request)
    assert "lucie@example.org" in viewlet_text(portal, request)


def test_message_says_the_reason_in_french(portal, new_request):
    from ia.tech.refusal_mail import build

    request = new_request(contact_email="lucie@example.org")
    message = build(request, REASON, "lucie@example.org")
    assert "refusée" in message["Subject"]
    assert REASON in message.get_content()
    assert "Nid de poule rue Haute" in message.get_content()


def test_refused_from_the_state_menu(portal, new_request):
    request = new_request(contact_email="lucie@example.org")
    login(portal, "chef")
    api.content.transition(obj=request, transition="refuse", comment=REASON)
    assert request.refusal_reason == REASON
    assert mailqueue.status(request)["to"] == "lucie@example.org"


def test_colleague_who_filed_gets_it(portal, world):
    login(portal, "culture")
    request = file_request(title="Chaises", request_type="events")
    assert recipient(request) == "culture@example.org"
    login(portal, "dispatch")
    triage.refuse(request, reason=REASON)
    assert mailqueue.status(request)["to"] == "culture@example.org"


def test_no_address_no_email(portal, new_request):
    request = new_request()
    login(portal, "dispatch")
    request.setCreators(["nobody-known"])
    triage.refuse(request, reason=REASON)
    assert mailqueue.status(request) == {}
    assert viewlet_text(portal, request) == ""


def test_accepted_request_gets_no_email(portal, new_request, world):
    request = new_request(contact_email="lucie@example.org")
    login(portal, "dispatch")
    triage.accept(request, team=world["voirie"])
    assert mailqueue.status(request) == {}


def test_refusal_without_reason_sends_nothing(portal, new_request):
    from ia.tech.errors import TechError
    import pytest

    request = new_request(contact_email="lucie@example.org")
    login(portal, "dispatch")
    with pytest.raises(TechError):
        triage.refuse(request, reason="  ")
    assert mailqueue.status(request) == {}
    assert api.content.get_state(request) == "submitted"


def test_plain_refusal_is_refused(portal, new_request):
    """The state menu's plain "Refuser" (no comment) writes and sends nothing:
    the reason comes from the form (ia.tech.transition_checks)."""
    from ia.tech.errors import TechError
    import pytest

    request = new_request(contact_email="lucie@example.org")
    login(portal, "chef")
    with pytest.raises(TechError, match="motif"):
        api.content.transition(obj=request, transition="refuse")
    assert api.content.get_state(request) == "submitted"
    assert not getattr(request, "refusal_reason", None)
    assert mailqueue.status(request) == {}


def refuse_page(portal, request, form=None, token=True):
    from plone.protect.authenticator import createToken

    http = portal.REQUEST
    http.form.clear()
    http.response.setStatus(200)
    http.method = "POST" if form is not None else "GET"
    http.form.update(form or {})
    if form is not None and token:
        http.form["_authenticator"] = createToken()
    view = api.content.get_view("tech-refuse", request, http)
    return view, view()


def test_refuse_page(portal, new_request):
    request = new_request(contact_email="lucie@example.org")
    login(portal, "dispatch")
    context_state = api.content.get_view("plone_context_state", request, portal.REQUEST)
    assert "tech_refuse" in {a["id"] for a in context_state.actions("object_buttons")}
    view, html = refuse_page(portal, request)
    assert "lucie@example.org" in html and 'name="reason"' in html
    refuse_page(portal, request, {"form.submitted": "1", "reason": REASON})
    assert api.content.get_state(request) == "refused"
    assert request.refusal_reason == REASON
    assert mailqueue.status(request)["to"] == "lucie@example.org"
    assert not api.content.get_view("tech-refuse", request, portal.REQUEST).available()


def test_refuse_page_needs_a_reason(portal, new_request):
    import transaction

    request = new_request(contact_email="lucie@example.org")
    login(portal, "dispatch")
    view, html = refuse_page(portal, request, {"form.submitted": "1", "reason": " "})
    assert portal.REQUEST.response.getStatus() == 400
    assert 'id="tech-refuse-error"' in html
    assert transaction.get().isDoomed()
    assert api.content.get_state(request) == "submitted"
    assert mailqueue.status(request) == {}


def test_refuse_page_forbidden_to_a_service_user(portal, new_request):
    from zExceptions import Forbidden
    import pytest

    request = new_request()
    login(portal, "culture")
    with pytest.raises(Forbidden):  # no token
        refuse_page(portal, request, {"form.submitted": "1", "reason": REASON}, False)
    login(portal, "dispatch")
    # the requester's colleague cannot see the button nor refuse
    login(portal, "agent1")
    view, html = refuse_page(portal, request, {"form.submitted": "1", "reason": REASON})
    assert portal.REQUEST.response.getStatus() == 403
    assert api.content.get_state(request) == "submitted"
