"""iA.Urban's layer on the suite's map (``ia.core.map``): every licence
file with a location (the ``ia.geolocation`` point of its work location),
filtered by type, state and year by the map itself. Parcels have no shape
yet: the cadastre's geometry is not stored (no ``IGeoShape`` adapter)."""

from ia.core.map.layers import MapLayer
from ia.urban import _
from ia.urban.kinds import LICENCE_TYPES


def properties(brain) -> dict:
    return {
        "reference": brain.ia_reference or "",
        "applicant": brain.ia_urban_applicant or "",
        "address": brain.ia_urban_address or "",
    }


LICENCES = MapLayer(
    id="urban-licences",
    title=_("Licence files"),
    portal_types=LICENCE_TYPES,
    properties=properties,
    property_titles={
        "reference": _("column_reference", default="Reference"),
        "applicant": _("column_applicant", default="Applicant"),
        "address": _("column_address", default="Address"),
    },
    year_index="created",
    order=30,
)
