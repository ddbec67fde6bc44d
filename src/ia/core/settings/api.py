"""Read and write the municipality settings, for templates and products.

from ia.core.settings import api as settings

settings.get_settings().name        # "Commune de Démo"
settings.address_lines()            # ["Place communale 1", "5999 Démo"]
settings.signatories()              # held positions of the directory
"""

from ia.core.settings.interfaces import IMunicipalitySettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.schema import ValidationError
from zope.schema import getFieldsInOrder


PREFIX = "ia.core.municipality"


def get_settings():
    """The settings as a registry proxy (attribute access, read and write)."""
    registry = getUtility(IRegistry)
    return registry.forInterface(IMunicipalitySettings, prefix=PREFIX)


def as_dict() -> dict:
    settings = get_settings()
    return {
        name: getattr(settings, name)
        for name, _field in getFieldsInOrder(IMunicipalitySettings)
    }


def update(**values):
    """Validate every value first, then write them all (nothing half-written).

    Raises ``KeyError`` for an unknown name and ``zope.schema.ValidationError``
    (or ``zope.interface.Invalid``) for a bad value.
    """
    fields = dict(getFieldsInOrder(IMunicipalitySettings))
    for name, value in values.items():
        if name not in fields:
            raise KeyError(name)
        field = fields[name]
        if value is None and not field.required:
            continue
        if value in ("", []) and field.required:
            raise ValidationError(name)
        if value not in ("", [], None):
            field.bind(get_settings()).validate(value)
    settings = get_settings()
    for name, value in values.items():
        setattr(settings, name, value)


def address_lines() -> list[str]:
    settings = get_settings()
    city = " ".join(part for part in (settings.zip_code, settings.city) if part)
    return [line for line in (settings.street, city) if line]


def signatories() -> list:
    """The default signatories (held positions) that still exist, in order."""
    settings = get_settings()
    result = []
    for uid in (settings.signatory_1, settings.signatory_2):
        if uid:
            catalog = api.portal.get_tool("portal_catalog")
            brains = catalog.unrestrictedSearchResults(UID=uid)
            if brains:
                result.append(brains[0]._unrestrictedGetObject())
    return result


def logo():
    """``(filename, data)`` of the logo, or ``None``."""
    raw = get_settings().logo
    if not raw:
        return None
    from plone.formwidget.namedfile.converter import b64decode_file

    try:
        return b64decode_file(raw)
    except Exception:  # noqa: BLE001 - a garbage value stored earlier: no logo
        return None
