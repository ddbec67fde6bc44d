"""Triage of a work request by the technical service.

- :func:`accept`: the request becomes a work order (state ``to_plan``)
  in the same folder, with its type, priority, location and services, a
  team when given; link request → order ``ia.gave_rise_to`` (core links);
- :func:`refuse`: with a reason, stored on the request and written as a
  public note the requester reads;
- :func:`mark_duplicate`: of another *open* request, linked
  ``ia.tech.duplicate_of`` (a link kind of iA.Tech);
- :func:`suggest_duplicates`: the open requests of the same type within
  ``ia.tech.duplicate_distance`` metres (one catalog query, points read
  from the metadata column ``ia_tech_point``).

Each step checks the user's right to triage (``Review portal content`` on
the request: encoder and head of the technical service) and the state, and
refuses with a translated ``TechError`` before writing anything.
"""

from ia.core.links import api as links
from ia.core.orgchart.storage import stored_value
from ia.core.security import as_manager
from ia.core.workflows import is_final
from ia.tech import _
from ia.tech import settings
from ia.tech.content import ORDER
from ia.tech.content import REQUEST
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from ia.tech.folders import new_id
from ia.tech.geo import distance_m
from ia.tech.notes import add_public_note
from plone import api
from zope.i18n import translate


GAVE_RISE_TO = "ia.gave_rise_to"
DUPLICATE_OF = "ia.tech.duplicate_of"
REVIEW = "Review portal content"


def fr(message) -> str:
    """Public notes are stored in French (the requester's language)."""
    return translate(message, target_language="fr")


def _check_triage(request):
    if request.portal_type != REQUEST:
        raise TechError(_("Only a work request can be triaged."))
    if api.content.get_state(request) != "submitted":
        raise TechConflict(_("This request has already been triaged."))
    if not api.user.has_permission(REVIEW, obj=request):
        raise TechForbidden(_("Only the technical service may triage this request."))


def order_of(request):
    """The work order the request gave rise to, or None."""
    found = [
        obj
        for obj in links.targets(source=request, kind=GAVE_RISE_TO, unrestricted=True)
        if obj.portal_type == ORDER
    ]
    return found[0] if found else None


def request_of(order):
    found = [
        obj
        for obj in links.sources(target=order, kind=GAVE_RISE_TO, unrestricted=True)
        if obj.portal_type == REQUEST
    ]
    return found[0] if found else None


def original_of(request):
    """The open request ``request`` duplicates, or None."""
    found = links.targets(source=request, kind=DUPLICATE_OF, unrestricted=True)
    return found[0] if found else None


def _order_fields(request, team):
    services = list(stored_value(request, "responsible_services") or ())
    if team and team not in services:
        services.insert(0, team)
    return {
        "title": request.Title(),
        "description": request.Description(),
        "request_type": request.request_type,
        "priority": request.priority,
        "team": team,
        "address": getattr(request, "address", None),
        "latitude": getattr(request, "latitude", None),
        "longitude": getattr(request, "longitude", None),
        "due_date": getattr(request, "desired_date", None),
        "responsible_services": services,
    }


def make_order(request, team=None):
    """The work order of an accepted ``request``, linked to it (no check:
    :func:`accept` checks, and so does the workflow's ``accept``)."""
    folder = request.aq_parent
    with as_manager():
        order = api.content.create(
            container=folder,
            type=ORDER,
            id=new_id(folder, request.Title()),
            **_order_fields(request, team),
        )
        links.link(source=request, target=order, kind=GAVE_RISE_TO)
    add_public_note(
        request, fr(_("Your request was accepted: a work order was created."))
    )
    return order


def accept(request, *, team=None, comment=""):
    """Accept ``request``: returns the new work order (state ``to_plan``)."""
    _check_triage(request)
    if team and api.content.get(UID=team) is None:
        raise TechError(_("Unknown team."))
    order = make_order(request, team)
    with as_manager():
        api.content.transition(obj=request, transition="accept", comment=comment)
    return order


def refuse(request, *, reason):
    """Refuse ``request`` with ``reason`` (required: the requester reads it)."""
    _check_triage(request)
    reason = (reason or "").strip()
    if not reason:
        raise TechError(_("Give the reason of the refusal: the requester reads it."))
    request.refusal_reason = reason
    add_public_note(request, reason)
    with as_manager():
        api.content.transition(obj=request, transition="refuse", comment=reason)
    request.reindexObject()


def mark_duplicate(request, *, original):
    """``request`` duplicates the open request ``original``."""
    _check_triage(request)
    if original is None or original.portal_type != REQUEST:
        raise TechError(_("The original must be a work request."))
    if original.UID() == request.UID() or is_final(original):
        raise TechConflict(_("A request is a duplicate of another open request."))
    with as_manager():  # the link first: the transition needs it
        links.link(source=request, target=original, kind=DUPLICATE_OF)
        api.content.transition(obj=request, transition="mark_duplicate")
    add_public_note(
        request,
        fr(_("Already reported: your request joins an open request.")),
    )


def suggest_duplicates(request, distance=None) -> list:
    """Brains of the open requests of the same type within ``distance``
    metres (the setting by default), nearest first."""
    here = (getattr(request, "latitude", None), getattr(request, "longitude", None))
    if None in here or not request.request_type:
        return []
    distance = settings.duplicate_distance() if distance is None else distance
    brains = api.content.find(
        portal_type=REQUEST,
        ia_tech_request_type=request.request_type,
        ia_final=False,
    )
    found = []
    for brain in brains:
        if brain.UID == request.UID() or not brain.ia_tech_point:
            continue
        metres = distance_m(here, brain.ia_tech_point)
        if metres <= distance:
            found.append((metres, brain))
    return [brain for _metres, brain in sorted(found, key=lambda pair: pair[0])]
