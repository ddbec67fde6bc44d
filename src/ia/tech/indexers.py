"""Catalog values of iA.Tech (``profiles/default/catalog.xml``): what the
dashboards, the planning, the duplicate search and Open311 query or show."""

from DateTime import DateTime
from ia.core.behaviors.geolocation import point
from ia.tech.content import IAsset
from ia.tech.content import IWorkOrder
from ia.tech.content import IWorkRequest
from ia.tech.open311.status import public_record
from plone.indexer import indexer


@indexer(IWorkRequest)
def request_type_request(obj):
    return obj.request_type or ""


@indexer(IWorkOrder)
def request_type_order(obj):
    return obj.request_type or ""


@indexer(IWorkRequest)
def priority_request(obj):
    return obj.priority or ""


@indexer(IWorkOrder)
def priority_order(obj):
    return obj.priority or ""


@indexer(IWorkOrder)
def team(obj):
    return obj.team or ""


@indexer(IWorkOrder)
def planned_date(obj):
    if obj.planned_date is None:
        raise AttributeError("planned_date")
    return DateTime(obj.planned_date.isoformat())


@indexer(IWorkOrder)
def asset(obj):
    return obj.asset or ""


@indexer(IAsset)
def asset_kind(obj):
    return obj.asset_kind or ""


@indexer(IWorkRequest)
def point_request(obj):
    return point(obj)


@indexer(IWorkOrder)
def point_order(obj):
    return point(obj)


@indexer(IWorkOrder)
def total_hours(obj):
    return getattr(obj, "total_hours", 0.0) or 0.0


@indexer(IWorkOrder)
def total_cost(obj):
    return getattr(obj, "total_cost", 0.0) or 0.0


@indexer(IWorkOrder)
def expected_hours(obj):
    return obj.expected_hours or 0.0


@indexer(IWorkRequest)
def origin(obj):
    return getattr(obj, "origin", None) or "service"


@indexer(IWorkRequest)
def public(obj):
    """Open311 ``GET requests`` reads the citizen's reports from here."""
    return public_record(obj)
