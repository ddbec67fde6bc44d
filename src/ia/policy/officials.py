"""Officials of a municipality profile: persons and held positions in ``/annuaire``.

Each official is found again by its external reference
(``ia.policy:<key>``), so a re-run updates instead of duplicating.
"""

from ia.core.directory import api as directory
from ia.core.naming import new_id
from plone import api
from plone.i18n.normalizer import idnormalizer


EXTERNAL_PREFIX = "ia.policy:"

POSITION_TYPES = {
    "mayor": "bourgmestre",
    "general_director": "directeur_general",
    "financial_director": "directeur_financier",
}


def _position_type(person) -> str:
    return POSITION_TYPES.get(person.key, "echevin")


def _find(container, external_id):
    for obj in container.objectValues():
        if getattr(obj, "external_id", None) == external_id:
            return obj
    return None


def _update(obj, **values):
    changed = False
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.reindexObject()


def apply_officials(portal, municipality) -> dict:
    """Create or update the officials; return ``{key: held position}``."""
    container = directory.get_directory()
    if container is None:
        raise RuntimeError(
            "The directory (/annuaire) is missing: is ia.core installed?"
        )
    commune = apply_organisation(
        container, "commune", municipality.name or municipality.title, "commune"
    )
    positions = {}
    for person in municipality.officials():
        external_id = f"{EXTERNAL_PREFIX}{person.key}"
        obj = _find(container, external_id)
        values = {
            "firstname": person.firstname,
            "lastname": person.lastname,
            "email": person.email or None,
        }
        if obj is None:
            obj = api.content.create(
                container=container,
                type="IaPerson",
                # The free id chosen now: a random id renamed logs an
                # uncatalogObject ERROR (ia.core.naming).
                id=new_id(container, idnormalizer.normalize(person.fullname)),
                external_id=external_id,
                **values,
            )
        else:
            _update(obj, **values)
        position = _find(obj, f"{external_id}:position")
        values = {
            "position_type": _position_type(person),
            "label": person.position,
            "organisation": commune.UID(),
            "signatory": person.key in municipality.signatories,
        }
        if position is None:
            position = api.content.create(
                container=obj,
                type="IaHeldPosition",
                id=new_id(obj, idnormalizer.normalize(values["position_type"])),
                external_id=f"{external_id}:position",
                **values,
            )
        else:
            _update(position, **values)
        positions[person.key] = position
    return positions


def apply_organisation(container, key, title, organisation_type, **fields):
    external_id = f"{EXTERNAL_PREFIX}{key}"
    obj = _find(container, external_id)
    values = {"title": title, "organisation_type": organisation_type, **fields}
    if obj is None:
        return api.content.create(
            container=container,
            type="IaOrganisation",
            id=new_id(container, title),
            external_id=external_id,
            **values,
        )
    _update(obj, **values)
    return obj
