"""Catalog values of a licence file (``profiles/default/catalog.xml``):
what the dashboard columns show, read from brains only."""

from ia.core.directory.api import contact_label
from ia.core.registrylines import registry_pairs
from ia.urban.content import ILicence
from ia.urban.deadlines.bulk import keys as open_deadline_keys
from ia.urban.deadlines.stored import open_dates
from ia.urban.streets import RECORD as STREETS
from plone.indexer import indexer


def address_of(obj) -> str:
    """ "Rue de la Station 12" (the street's name from the street list)."""
    street = getattr(obj, "street", None)
    if not street:
        others = getattr(obj, "other_locations", None) or []
        return others[0] if others else ""
    name = dict(registry_pairs(STREETS)).get(street, street)
    number = (getattr(obj, "street_number", None) or "").strip()
    return f"{name} {number}".strip()


@indexer(ILicence)
def ia_urban_applicant(obj):
    applicants = getattr(obj, "applicants", None) or []
    return contact_label(applicants[0]) if applicants else ""


@indexer(ILicence)
def ia_urban_address(obj):
    return address_of(obj)


@indexer(ILicence)
def ia_urban_next_deadline(obj):
    return getattr(obj, "urban_next_deadline", "") or ""


# What the deadline rules read of an event: enough to compute every open
# file's deadlines from the catalog, without waking the files up.
RULE_FIELDS = ("id", "kind", "date", "start", "end", "days", "request")
RULE_FIELDS += ("publicity", "opinions", "fd_opinion", "result")


@indexer(ILicence)
def ia_urban_events(obj):
    return tuple(
        {key: event[key] for key in RULE_FIELDS if key in event}
        for event in getattr(obj, "urban_events", None) or ()
    )


@indexer(ILicence)
def ia_urban_deadlines(obj):
    """Every deadline as stored (``ia.urban.deadlines.stored``)."""
    return tuple(getattr(obj, "urban_deadlines", None) or ())


@indexer(ILicence)
def ia_urban_deadline_dates(obj):
    return open_dates(getattr(obj, "urban_deadlines", None))


@indexer(ILicence)
def ia_urban_open_deadlines(obj):
    """ "<date> <rule>[ <after>]" per open deadline (``deadlines.bulk``)."""
    return open_deadline_keys(getattr(obj, "urban_deadlines", None))
