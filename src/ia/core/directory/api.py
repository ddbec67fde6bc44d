"""Public API of the directory, for every product that has a contact field.

from ia.core.directory import api as directory

uid = directory.find_or_create_person(firstname="Jean", lastname="Dupont").UID()
directory.contact_label(uid)                    # "Dupont Jean", from the catalog
[mayor] = directory.current_positions("bourgmestre")
"""

from datetime import date
from ia.core import _
from ia.core.directory import bce
from ia.core.directory.sources import ORGANISATION
from ia.core.directory.sources import PERSON
from ia.core.directory.sources import POSITION
from ia.core.directory.sources import current_query
from ia.core.errors import IaError
from plone import api
from plone.dexterity.utils import createContentInContainer
from unicodedata import combining
from unicodedata import normalize
import re


DIRECTORY_ID = "annuaire"
CONTACT_TYPES = (ORGANISATION, PERSON, POSITION)


class DirectoryError(IaError):
    """Bad input given to the directory API (message is an i18n message)."""


def get_directory():
    """The site's IaDirectory (``/annuaire``), or None when not installed."""
    portal = api.portal.get()
    directory = portal.get(DIRECTORY_ID)
    if directory is not None and directory.portal_type == "IaDirectory":
        return directory
    brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        portal_type="IaDirectory"
    )
    return brains[0]._unrestrictedGetObject() if brains else None


def simplify(text: str | None) -> str:
    """Lower case, no accents, single spaces: to compare names."""
    text = normalize("NFKD", text or "")
    text = "".join(c for c in text if not combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _search(portal_type, text, **criteria):
    words = simplify(text).split()
    if not words:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    return catalog(portal_type=portal_type, SearchableText=" ".join(words), **criteria)


def create_contact(container, portal_type: str, **fields):
    """Create a contact with the add-permission and allowed-type checks; its id comes
    from its (possibly computed) title. Unlike ``api.content.create``, no title
    is needed for a person or a held position."""
    return createContentInContainer(
        container, portal_type, checkConstraints=True, **fields
    )


def create_position(person, position_type: str, **fields):
    """Add a held position to ``person`` (``organisation`` is an organisation UID)."""
    return create_contact(person, POSITION, position_type=position_type, **fields)


def find_person(
    firstname: str | None = None, lastname: str = "", email: str | None = None
):
    """The first person with these names (accents and case ignored) and e-mail, if given."""
    for brain in _search(PERSON, f"{lastname} {firstname or ''}"):
        person = brain.getObject()
        if simplify(person.lastname) != simplify(lastname):
            continue
        if simplify(person.firstname) != simplify(firstname):
            continue
        if email and person.email and person.email.lower() != email.lower():
            continue
        return person
    return None


def find_or_create_person(
    firstname: str | None = None,
    lastname: str = "",
    email: str | None = None,
    container=None,
    **fields,
):
    """Return the matching person, created in the directory when missing."""
    lastname = (lastname or "").strip()
    if not lastname:
        raise DirectoryError(
            _("error_lastname_required", default="The last name is required.")
        )
    person = find_person(firstname, lastname, email)
    if person is not None:
        return person
    return create_contact(
        container or get_directory(),
        PERSON,
        firstname=(firstname or "").strip() or None,
        lastname=lastname,
        email=email or None,
        **fields,
    )


def find_organisation(title: str = "", enterprise_number: str | None = None):
    """The organisation with this enterprise number, or else with this name."""
    if enterprise_number:
        if not bce.is_valid(enterprise_number):
            raise DirectoryError(bce.error_message(enterprise_number))
        for brain in _search(ORGANISATION, bce.normalize(enterprise_number)):
            return brain.getObject()
    for brain in _search(ORGANISATION, title):
        if simplify(brain.Title) == simplify(title):
            return brain.getObject()
    return None


def find_or_create_organisation(
    title: str = "", enterprise_number: str | None = None, parent=None, **fields
):
    """Return the matching organisation, created in ``parent`` (default: the directory)."""
    title = (title or "").strip()
    if not title:
        raise DirectoryError(_("error_name_required", default="The name is required."))
    organisation = find_organisation(title, enterprise_number)
    if organisation is not None:
        return organisation
    if enterprise_number:
        enterprise_number = bce.format_number(enterprise_number)
    return create_contact(
        parent or get_directory(),
        ORGANISATION,
        title=title,
        enterprise_number=enterprise_number or None,
        **fields,
    )


def current_positions(
    position_type: str | None = None,
    organisation: str | None = None,
    signatory: bool | None = None,
    today: date | None = None,
):
    """Catalog brains of the positions held today, e.g. ``current_positions("bourgmestre")``.

    ``organisation`` is an organisation UID; ``signatory=True`` keeps the signatories.
    """
    criteria = dict(
        current_query(today), portal_type=POSITION, sort_on="sortable_title"
    )
    if position_type:
        criteria["ia_position_type"] = position_type
    if organisation:
        criteria["ia_contact_organisation"] = organisation
    if signatory is not None:
        criteria["ia_signatory"] = bool(signatory)
    return api.content.find(**criteria)


def get_contact(uid: str):
    """The organisation, person or held position with this UID (None if not visible)."""
    if not uid:
        return None
    brains = api.content.find(UID=uid, portal_type=list(CONTACT_TYPES))
    return brains[0].getObject() if brains else None


def contact_label(uid: str | None) -> str:
    """The title of a contact, from the catalog (no object woken up); '' when unknown."""
    if not uid:
        return ""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid, portal_type=list(CONTACT_TYPES))
    return brains[0].Title if brains else ""
