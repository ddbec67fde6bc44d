"""Apply the services tree of a municipality profile to ``/organisation``.

Services are matched by their id (stable, from the profile) anywhere in the
organisation chart, so that a service moved by hand is updated in place.
Nothing is deleted: a service removed from the profile stays (the admin
deactivates it), because documents may refer to it.
"""

from ia.core.orgchart import api as orgchart
from plone import api


def _existing(portal) -> dict:
    return {row[0].getId(): row[0] for row in orgchart.iter_service_objects(portal)}


def apply_services(portal, municipality) -> dict:
    """Create or update every service; return ``{service id: service}``."""
    root = orgchart.get_orgchart(portal)
    if root is None:
        raise RuntimeError(
            "The organisation chart (/organisation) is missing: is ia.core installed?"
        )
    existing = _existing(portal)
    result = {}
    for parent_id, service in municipality.all_services():
        container = result[parent_id] if parent_id else root
        obj = existing.get(service.id)
        if obj is None:
            obj = api.content.create(
                container=container,
                type=orgchart.SERVICE_TYPE,
                id=service.id,
                title=service.title,
                acronym=service.acronym or None,
                validation_levels=service.validation_levels,
                safe_id=False,
            )
        else:
            changed = False
            for name, value in (
                ("title", service.title),
                ("acronym", service.acronym or None),
                ("validation_levels", service.validation_levels),
            ):
                if getattr(obj, name, None) != value:
                    setattr(obj, name, value)
                    changed = True
            if changed:
                obj.reindexObject()
        result[service.id] = obj
    return result


def apply_memberships(municipality, services: dict):
    """Put the demo users in their (service, function) groups (idempotent)."""
    for user in municipality.users:
        for membership in user.memberships:
            orgchart.add_member(
                services[membership.service], membership.function, user.id
            )
