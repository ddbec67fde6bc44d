"""The demo senders: persons and organisations of the directory.

Each one carries ``external_id`` ``ia.docs.demo:<key>``; a re-run finds it
and creates nothing twice.
"""

from ia.core.directory import api as directory
from ia.docs.demo import data
from plone.dexterity.utils import createContentInContainer


PREFIX = "ia.docs.demo:"


def _existing(container) -> dict:
    result = {}
    for obj in container.objectValues():
        external_id = getattr(obj, "external_id", None) or ""
        if external_id.startswith(PREFIX):
            result[external_id[len(PREFIX) :]] = obj
    return result


def _create(container, portal_type, key, name, **fields):
    fields = {name: value for name, value in fields.items() if value}
    return createContentInContainer(
        container,
        portal_type,
        checkConstraints=True,
        external_id=PREFIX + key,
        **fields,
    )


def ensure_contacts() -> dict:
    """{sender key: contact UID}, creating the missing demo contacts."""
    container = directory.get_directory()
    if container is None:
        raise RuntimeError(
            "The directory (/annuaire) is missing: is ia.core installed?"
        )
    existing = _existing(container)
    zip_code, city = data.CITY
    for key, civility, first, last, street, number, email in data.PERSONS:
        if key not in existing:
            existing[key] = _create(
                container,
                "IaPerson",
                key,
                f"{last} {first}",
                civility=civility,
                firstname=first,
                lastname=last,
                street=street,
                number=number,
                zip_code=zip_code if street else "",
                city=city if street else "",
                email=email,
            )
    for key, name, kind, street, number, zip_code, city, email in data.ORGANISATIONS:
        if key not in existing:
            existing[key] = _create(
                container,
                "IaOrganisation",
                key,
                name,
                title=name,
                organisation_type=kind,
                street=street,
                number=number,
                zip_code=zip_code,
                city=city,
                email=email,
            )
    return {key: obj.UID() for key, obj in existing.items()}
