"""Catalog indexers of the ``ia.responsible`` fields (stored values only)."""

from ia.core.orgchart.behavior import IResponsible
from ia.core.orgchart.storage import stored_value
from plone.indexer import indexer


@indexer(IResponsible)
def ia_responsible_services(obj):
    value = stored_value(obj, "responsible_services")
    if not value:
        raise AttributeError("ia_responsible_services")
    return tuple(value)


@indexer(IResponsible)
def ia_copy_services(obj):
    value = stored_value(obj, "copy_services")
    if not value:
        raise AttributeError("ia_copy_services")
    return tuple(value)


@indexer(IResponsible)
def ia_assigned_agent(obj):
    value = stored_value(obj, "assigned_agent")
    if not value:
        raise AttributeError("ia_assigned_agent")
    return value
