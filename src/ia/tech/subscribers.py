"""Triage from Plone's state menu (or ``@workflow``) does what
``ia.tech.triage`` does: ``accept`` makes the work order when none was
made, ``refuse`` takes the transition's comment as the reason the requester
reads; either way the refusal's reason is e-mailed to the requester
(``ia.tech.refusal_mail``)."""

from ia.tech import _
from ia.tech import triage
from ia.tech.notes import add_public_note
from ia.tech.open311.status import refresh_public
from ia.tech.refusal_mail import send_refusal


DEFAULT_REASON = _(
    "Your request cannot be handled by the technical service; "
    "contact the municipality for more information."
)


def request_transitioned(request, event):
    transition = getattr(event.transition, "id", None)
    if transition == "accept" and triage.order_of(request) is None:
        triage.make_order(request)
    elif transition == "refuse":
        comment = ((event.status or {}).get("comments") or "").strip()
        if not comment and not getattr(request, "refusal_reason", None):
            # the state menu's plain "Refuser": the requester still learns it
            comment = triage.fr(DEFAULT_REASON)
        if comment and comment != getattr(request, "refusal_reason", None):
            request.refusal_reason = comment
            add_public_note(request, comment)
        send_refusal(request, request.refusal_reason)


def order_changed(order, event):
    """An order moved on or was edited: its citizen's report follows."""
    refresh_public(order)
