"""Event subscribers: function groups follow their service and the functions."""

from ia.core.orgchart.errors import ServiceInUse
from ia.core.orgchart.functions import FUNCTIONS_RECORD
from ia.core.orgchart.functions import parse_functions
from ia.core.orgchart.groups import create_service_groups
from ia.core.orgchart.groups import remove_service_groups
from ia.core.orgchart.groups import sync_groups
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.uuid.interfaces import IUUID


def service_added(service, event):
    """A new (or pasted) service gets one group per function."""
    create_service_groups(service)


def service_modified(service, event):
    """A renamed service renames its groups' titles (ids never change)."""
    create_service_groups(service)


def service_will_be_removed(service, event):
    """Refuse to remove a service still named on documents: deactivate it instead."""
    if IPloneSiteRoot.providedBy(event.object):
        return
    uid = IUUID(service, None)
    if not uid:
        return
    catalog = api.portal.get_tool("portal_catalog")
    count = len(catalog.unrestrictedSearchResults(ia_responsible_services=uid)) + len(
        catalog.unrestrictedSearchResults(ia_copy_services=uid)
    )
    if count:
        raise ServiceInUse(
            "The service '${service}' is still named on ${count} document(s): "
            "deactivate it instead of removing it.",
            service=service.title,
            count=count,
        )


def service_removed(service, event):
    """A removed service takes its groups with it."""
    if IPloneSiteRoot.providedBy(event.object):
        # The whole site is being deleted: its groups go with it.
        return
    uid = IUUID(service, None)
    if uid:
        remove_service_groups(uid)


def functions_changed(event):
    """The functions record changed: validate it, then create or remove groups.

    A malformed value raises, which aborts the transaction: nothing is
    half-written.
    """
    record = getattr(event, "record", None)
    if record is None or record.__name__ != FUNCTIONS_RECORD:
        return
    portal = api.portal.get()
    parse_functions(event.newValue or (), valid_roles=set(portal.validRoles()))
    sync_groups(portal)


RESPONSIBLE_FIELDS = {"responsible_services", "assigned_agent", "copy_services"}


def _changed_fields(event):
    names = set()
    for description in getattr(event, "descriptions", ()) or ():
        for name in getattr(description, "attributes", ()) or ():
            names.add(name.split(".")[-1])
    return names


def responsible_modified(document, event):
    """Reindex security when a responsible field changed (or when unknown)."""
    changed = _changed_fields(event)
    if changed and not changed & RESPONSIBLE_FIELDS:
        return
    document.reindexObjectSecurity()
