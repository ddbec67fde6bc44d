"""Catalog values of iA.Tech (``profiles/default/catalog.xml``): what the
dashboards, the planning, the duplicate search and Open311 query or show.

The plain field values come from one factory, :func:`field` (the value, or
its default when empty); the computed ones have their own function.
"""

from DateTime import DateTime
from ia.core.behaviors.geolocation import point
from ia.tech.content import IAsset
from ia.tech.content import IWorkOrder
from ia.tech.content import IWorkRequest
from ia.tech.open311.status import public_record
from plone.indexer import indexer


def field(interface, name, default=""):
    """An indexer of ``interface`` that answers ``obj.<name>`` or ``default``."""

    @indexer(interface)
    def value(obj):
        return getattr(obj, name, None) or default

    value.__name__ = f"{name}_{interface.__name__}"
    return value


request_type_request = field(IWorkRequest, "request_type")
request_type_order = field(IWorkOrder, "request_type")
priority_request = field(IWorkRequest, "priority")
priority_order = field(IWorkOrder, "priority")
team = field(IWorkOrder, "team")
asset = field(IWorkOrder, "asset")
asset_kind = field(IAsset, "asset_kind")
origin = field(IWorkRequest, "origin", "service")
total_hours = field(IWorkOrder, "total_hours", 0.0)
total_cost = field(IWorkOrder, "total_cost", 0.0)
expected_hours = field(IWorkOrder, "expected_hours", 0.0)


@indexer(IWorkOrder)
def planned_date(obj):
    if obj.planned_date is None:
        raise AttributeError("planned_date")
    return DateTime(obj.planned_date.isoformat())


@indexer(IWorkRequest)
def point_request(obj):
    return point(obj)


@indexer(IWorkOrder)
def point_order(obj):
    return point(obj)


@indexer(IWorkRequest)
def public(obj):
    """Open311 ``GET requests`` reads the citizen's reports from here."""
    return public_record(obj)
