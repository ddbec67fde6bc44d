"""A new sender, given with the incoming mail, becomes a directory contact.

``sender_from_data(data)`` finds or creates the contact in ``/annuaire``:

    {"kind": "person", "firstname": "Jean", "lastname": "Dupont",
     "email": "jean@example.org", "street": "Rue Haute", "number": "12",
     "zip_code": "5000", "city": "Namur"}
    {"kind": "organisation", "name": "ASBL Les Amis", "email": "..."}

A name is required (``lastname`` for a person, ``name`` for an
organisation; ``kind`` defaults to person), and an e-mail or a complete
postal address (street, zip code, city). An existing contact with the same
e-mail (case ignored) is reused, whatever its name; without e-mail the
directory's own name matching applies. The contact is created with the
user's rights (encoders may add contacts in ``/annuaire``) in the current
transaction: if the mail is not created, neither is the contact.
"""

from ia.core.directory.api import DirectoryError
from ia.core.directory.api import find_or_create_organisation
from ia.core.directory.api import find_or_create_person
from ia.core.errors import IaError
from ia.docs import _
from plone import api
import re


PERSON = "person"
ORGANISATION = "organisation"
KINDS = {"person": PERSON, "personne": PERSON, "organisation": ORGANISATION}
ADDRESS_FIELDS = ("street", "number", "box", "zip_code", "city", "country")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SenderError(IaError):
    """Incomplete or wrong data for a new sender."""


def _clean(data) -> dict:
    if not isinstance(data, dict):
        raise SenderError(
            _("msg_sender_not_object", default="The new sender must be an object.")
        )
    return {
        key: value.strip()
        for key, value in data.items()
        if isinstance(value, str) and value.strip()
    }


def find_by_email(email):
    """The person or organisation whose e-mail is ``email`` (case ignored)."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=["IaPerson", "IaOrganisation"], SearchableText=f'"{email}"'
    )
    for brain in brains:
        contact = brain._unrestrictedGetObject()
        if (getattr(contact, "email", None) or "").lower() == email.lower():
            return contact
    return None


def validate(data) -> dict:
    """Cleaned data, or ``SenderError`` saying what is missing or wrong."""
    data = _clean(data)
    kind = KINDS.get(data.get("kind", PERSON).lower())
    if kind is None:
        raise SenderError(
            _(
                "msg_sender_kind",
                default="The kind of a new sender is person or organisation.",
            )
        )
    data["kind"] = kind
    name = data.get("lastname") if kind == PERSON else data.get("name")
    if not name:
        raise SenderError(
            _(
                "msg_sender_name",
                default="A new sender needs a name (last name for a person).",
            )
        )
    email = data.get("email")
    if email and not EMAIL.match(email):
        raise SenderError(
            _(
                "msg_sender_email",
                default="The e-mail ${email} of the new sender is not valid.",
                mapping={"email": email},
            )
        )
    full_address = all(data.get(key) for key in ("street", "zip_code", "city"))
    if not email and not full_address:
        raise SenderError(
            _(
                "msg_sender_contact",
                default="A new sender needs an e-mail or a postal address "
                "(street, zip code and city).",
            )
        )
    return data


def sender_from_data(data):
    """The directory contact for a new sender (found or created)."""
    data = validate(data)
    email = data.get("email")
    if email:
        existing = find_by_email(email)
        if existing is not None:
            return existing
    address = {key: data[key] for key in ADDRESS_FIELDS if key in data}
    try:
        if data["kind"] == PERSON:
            return find_or_create_person(
                firstname=data.get("firstname"),
                lastname=data["lastname"],
                email=email,
                **address,
            )
        return find_or_create_organisation(
            title=data["name"], email=email or None, **address
        )
    except DirectoryError:
        raise
    except ValueError as exc:
        raise SenderError(str(exc)) from exc
