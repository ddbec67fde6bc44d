"""iA.Urban's layer on the suite's map (``ia.core.map``): every licence
file with a location, filtered by type, state and year by the map itself.
A file's shape is the outline of its parcels when it is known
(``parcel_shapes``, :mod:`ia.urban.shapes`), else its ``ia.geolocation``
point (:class:`LicenceShape`)."""

from ia.core.map.interfaces import IGeoShape
from ia.core.map.layers import MapLayer
from ia.urban import _
from ia.urban.content import ILicence
from ia.urban.kinds import LICENCE_TYPES
from ia.urban.shapes import shape_of
from zope.component import adapter
from zope.interface import implementer


@implementer(IGeoShape)
@adapter(ILicence)
class LicenceShape:
    def __init__(self, context):
        self.context = context

    def geometry(self):
        return shape_of(self.context)


LICENCES = MapLayer(
    id="urban-licences",
    title=_("Licence files"),
    portal_types=LICENCE_TYPES,
    # plain columns: the GeoJSON is read from the catalog's records (the
    # reference is one of the map's own columns, as the title and state)
    columns={
        "applicant": "ia_urban_applicant",
        "address": "ia_urban_address",
    },
    property_titles={
        "applicant": _("column_applicant", default="Applicant"),
        "address": _("column_address", default="Address"),
    },
    year_index="created",
    order=30,
)
