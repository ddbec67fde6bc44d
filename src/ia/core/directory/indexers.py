"""Catalog indexers of the directory: full text, validity period, position data."""

from ia.core.directory import bce
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from ia.core.directory.interfaces import IPerson
from ia.core.directory.sources import OPEN_END
from ia.core.directory.sources import OPEN_START
from ia.core.directory.vocabularies import ORGANISATION_TYPES_RECORD
from ia.core.registrylines import registry_pairs
from plone.indexer import indexer


def _text(*parts) -> str:
    return " ".join(str(part) for part in parts if part)


def _address(obj) -> tuple:
    return (obj.street, obj.zip_code, obj.city)


@indexer(IOrganisation)
def organisation_searchable_text(obj):
    number = obj.enterprise_number or ""
    type_title = dict(registry_pairs(ORGANISATION_TYPES_RECORD)).get(
        obj.organisation_type, ""
    )
    return _text(
        obj.title,
        type_title,
        obj.email,
        number,
        bce.normalize(number) if number else "",
        obj.external_id,
        *_address(obj),
    )


def _positions(person):
    return [obj for obj in person.objectValues() if IHeldPosition.providedBy(obj)]


@indexer(IPerson)
def person_searchable_text(obj):
    positions = []
    for position in _positions(obj):
        positions.extend((position.position_title(), position.organisation_title()))
    return _text(
        obj.firstname,
        obj.lastname,
        obj.email,
        obj.external_id,
        *positions,
        *_address(obj),
    )


@indexer(IHeldPosition)
def position_searchable_text(obj):
    person = obj.get_person()
    return _text(obj.title, person.email if person is not None else "", obj.external_id)


@indexer(IOrganisation)
def organisation_start(obj):
    return OPEN_START


@indexer(IOrganisation)
def organisation_end(obj):
    return OPEN_END


@indexer(IPerson)
def person_start(obj):
    return OPEN_START


@indexer(IPerson)
def person_end(obj):
    return OPEN_END


@indexer(IHeldPosition)
def position_start(obj):
    return obj.start_date.isoformat() if obj.start_date else OPEN_START


@indexer(IHeldPosition)
def position_end(obj):
    return obj.end_date.isoformat() if obj.end_date else OPEN_END


@indexer(IHeldPosition)
def position_type(obj):
    return obj.position_type


@indexer(IHeldPosition)
def position_organisation(obj):
    if not obj.organisation:
        raise AttributeError("ia_contact_organisation")
    return obj.organisation


@indexer(IHeldPosition)
def position_signatory(obj):
    return bool(obj.signatory)


def _external_id(obj):
    if not obj.external_id:
        raise AttributeError("ia_external_id")
    return obj.external_id


organisation_external_id = indexer(IOrganisation)(_external_id)
person_external_id = indexer(IPerson)(_external_id)
position_external_id = indexer(IHeldPosition)(_external_id)
