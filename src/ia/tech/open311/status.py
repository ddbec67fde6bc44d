"""What a citizen may read of a work request: its Open311 representation.

No personal data: neither the citizen's contact fields, nor the requester,
nor the agents; only the public status (``open``/``closed``), the public
notes (``ia.tech.notes``), the type, the location, the description the
citizen wrote and the dates. Only requests filed through Open311 are
shown (a service's request is internal).
"""

from datetime import datetime
from ia.core.workflows import is_final
from ia.tech.notes import public_notes
from ia.tech.triage import order_of
from ia.tech.triage import request_of
from plone import api
from zoneinfo import ZoneInfo


BRUSSELS = ZoneInfo("Europe/Brussels")
CLOSED_ORDER_STATES = ("closed", "cancelled", "done")


def public_id(request) -> str:
    """``DT/2026/00042`` → ``DT-2026-00042`` (a path-safe id)."""
    return (getattr(request, "reference", None) or "").replace("/", "-")


def reference_of(public: str) -> str:
    return (public or "").replace("-", "/")


def _iso(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "asdatetime"):
        value = value.asdatetime()
    if isinstance(value, datetime):
        return value.astimezone(BRUSSELS).isoformat(timespec="seconds")
    return datetime(value.year, value.month, value.day, tzinfo=BRUSSELS).isoformat()


def public_status(request) -> str:
    state = api.content.get_state(request)
    if state != "accepted":
        return "closed" if is_final(request) else "open"
    order = order_of(request)
    if order is not None and api.content.get_state(order) in CLOSED_ORDER_STATES:
        return "closed"
    return "open"


def _service_name(code):
    from ia.tech import settings

    return dict(settings.request_types()).get(code, code)


def public_record(request):
    """The catalog metadata ``ia_tech_public``: the Open311 representation of
    a citizen's report (``GET requests`` answers from it without waking any
    object); None for a service's request."""
    if getattr(request, "origin", None) != "open311":
        return None
    return as_open311(request)


def refresh_public(order) -> None:
    """The order's state or date changed: the citizen's report it came from
    shows it (``expected_datetime``, ``status``) in its catalog metadata."""
    request = request_of(order)
    if request is not None and getattr(request, "origin", None) == "open311":
        request.reindexObject(idxs=["ia_tech_origin"])


def as_open311(request) -> dict:
    order = order_of(request)
    notes = public_notes(request)
    expected = getattr(order, "planned_date", None) if order is not None else None
    updated = max(
        request.modified(),
        order.modified() if order is not None else request.modified(),
    )
    return {
        "service_request_id": public_id(request),
        "status": public_status(request),
        "status_notes": notes[-1]["text"] if notes else None,
        "service_name": _service_name(request.request_type),
        "service_code": request.request_type,
        "description": request.Description() or None,
        "agency_responsible": api.portal.get().Title(),
        "service_notice": None,
        "requested_datetime": _iso(request.created()),
        "updated_datetime": _iso(updated),
        "expected_datetime": _iso(expected),
        "address": getattr(request, "address", None),
        "address_id": None,
        "zipcode": None,
        "lat": getattr(request, "latitude", None),
        "long": getattr(request, "longitude", None),
        "media_url": getattr(request, "media_url", None),
    }
