"""Postal addresses and e-mails of directory contacts, as a letter prints them.

A contact is an organisation, a person or a held position (``ia.core``
directory). A held position is written to its holder, at the address of its
organisation (the person's own address when the organisation has none).
"""

from ia.core.directory.api import get_contact
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from ia.core.directory.interfaces import IPerson
from plone import api


CIVILITIES = {"mr": "Monsieur", "mrs": "Madame", "mx": ""}


def resolve(contact_or_uid):
    """The contact object for a UID (unrestricted: a letter prints what the
    mail names, even a contact the current user cannot open)."""
    if contact_or_uid is None or not isinstance(contact_or_uid, str):
        return contact_or_uid
    contact = get_contact(contact_or_uid)
    if contact is not None:
        return contact
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=contact_or_uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def _organisation_of(position):
    uid = getattr(position, "organisation", None)
    return resolve(uid) if uid else None


def _street_lines(contact) -> list[str]:
    if contact is None:
        return []
    street = " ".join(
        part
        for part in (getattr(contact, "street", None), getattr(contact, "number", None))
        if part
    )
    box = getattr(contact, "box", None)
    if street and box:
        street = f"{street} bte {box}"
    city = " ".join(
        part
        for part in (
            getattr(contact, "zip_code", None),
            getattr(contact, "city", None),
        )
        if part
    )
    if not (street or city):
        return []
    lines = [line for line in (street, city) if line]
    country = getattr(contact, "country", None)
    if country and country.strip().lower() not in ("belgique", "belgium", "be"):
        lines.append(country.strip())
    return lines


def person_name(person) -> str:
    civility = CIVILITIES.get(getattr(person, "civility", None) or "", "")
    return " ".join(part for part in (civility, person.fullname) if part)


def name_lines(contact) -> list[str]:
    """The lines naming the recipient above the street."""
    if contact is None:
        return []
    if IHeldPosition.providedBy(contact):
        person = contact.get_person()
        lines = [person_name(person)] if person is not None else []
        position = contact.position_title()
        if position:
            lines.append(position)
        organisation = _organisation_of(contact)
        if organisation is not None:
            lines.append(organisation.Title())
        return lines
    if IPerson.providedBy(contact):
        return [person_name(contact)]
    return [contact.Title()]


def postal_lines(contact) -> list[str]:
    """Street and city lines of ``contact`` ([] when it has no address)."""
    contact = resolve(contact)
    if contact is None:
        return []
    if IHeldPosition.providedBy(contact):
        lines = _street_lines(_organisation_of(contact))
        if not lines:
            person = contact.get_person()
            lines = _street_lines(person)
        return lines
    return _street_lines(contact)


def address_block(contact) -> list[str]:
    """Name lines then postal lines: the window of the envelope."""
    contact = resolve(contact)
    return name_lines(contact) + postal_lines(contact)


def email_of(contact) -> str:
    """The e-mail of ``contact``: a held position's holder, else its organisation."""
    contact = resolve(contact)
    if contact is None:
        return ""
    if IHeldPosition.providedBy(contact):
        person = contact.get_person()
        email = getattr(person, "email", None) if person is not None else None
        if not email:
            email = getattr(_organisation_of(contact), "email", None)
        return email or ""
    if IPerson.providedBy(contact) or IOrganisation.providedBy(contact):
        return getattr(contact, "email", None) or ""
    return ""


def label(contact) -> str:
    contact = resolve(contact)
    return contact.Title() if contact is not None else ""
