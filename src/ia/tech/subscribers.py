"""Triage from Plone's state menu (or ``@workflow``) does what
``ia.tech.triage`` does: ``accept`` makes the work order when none was
made, ``refuse`` takes the transition's comment as the reason the requester
reads."""

from ia.tech import triage
from ia.tech.notes import add_public_note


def request_transitioned(request, event):
    transition = getattr(event.transition, "id", None)
    if transition == "accept" and triage.order_of(request) is None:
        triage.make_order(request)
    elif transition == "refuse" and not getattr(request, "refusal_reason", None):
        reason = ((event.status or {}).get("comments") or "").strip()
        if reason:
            request.refusal_reason = reason
            add_public_note(request, reason)
