"""Triage from Plone's state menu (or ``@workflow``) does what
``ia.tech.triage`` does: ``accept`` makes the work order when none was
made, ``refuse`` takes the transition's comment as the reason the requester
reads (a refusal without one never happens: ``transition_checks``); either
way the refusal's reason is e-mailed to the requester
(``ia.tech.refusal_mail``)."""

from ia.tech import triage
from ia.tech.notes import add_public_note
from ia.tech.open311.status import refresh_public
from ia.tech.refusal_mail import send_refusal


def request_transitioned(request, event):
    transition = getattr(event.transition, "id", None)
    if transition == "accept" and triage.order_of(request) is None:
        triage.make_order(request)
    elif transition == "refuse":
        comment = ((event.status or {}).get("comments") or "").strip()
        if comment and comment != getattr(request, "refusal_reason", None):
            request.refusal_reason = comment
            add_public_note(request, comment)
        send_refusal(request, request.refusal_reason)


def order_changed(order, event):
    """An order moved on or was edited: its citizen's report follows."""
    refresh_public(order)
