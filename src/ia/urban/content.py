"""The schema shared by every licence type (the FTIs: ``profiles/default/types``).

Subject = the title (``plone.basic``); services and folder manager
(``ia.responsible``: ``assigned_agent``), reference (``ia.reference``), next
legal deadline (``ia.deadline``, computed: :mod:`ia.urban.deadlines`),
attachments, internal notes and geolocation come from the core's
behaviors. The procedure's events are not fields: :mod:`ia.urban.events`.
"""

from ia.core.decisions import IDecidedByCollege
from ia.core.directory.fields import ContactField
from ia.core.directory.fields import ContactListField
from ia.urban import _
from ia.urban.capakey import is_capakey
from ia.urban.shapes import is_shape
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class ILicence(model.Schema):
    """A town-planning or environment licence file."""

    model.fieldset(
        "location",
        label=_("Work location"),
        fields=[
            "street",
            "street_number",
            "other_locations",
            "parcels",
            "parcel_shapes",
        ],
    )
    model.fieldset(
        "planning",
        label=_("Planning facts"),
        fields=["zone", "local_guides", "protected_heritage", "flood_zone"],
    )

    applicants = ContactListField(
        title=_("label_applicants", default="Applicants"),
        description=_(
            "help_applicants", default="Persons or companies of the directory."
        ),
    )
    architect = ContactField(
        title=_("label_architect", default="Architect"),
        required=False,
    )
    street = schema.Choice(
        title=_("label_street", default="Street"),
        description=_(
            "help_street", default="From the street list of the municipality."
        ),
        vocabulary="ia.urban.streets",
        required=False,
    )
    street_number = schema.TextLine(
        title=_("label_street_number", default="Number"),
        required=False,
        max_length=20,
    )
    other_locations = schema.List(
        title=_("label_other_locations", default="Other work locations"),
        description=_("help_other_locations", default="One street and number a line."),
        value_type=schema.TextLine(max_length=200),
        required=False,
        default=[],
        missing_value=[],
    )
    parcels = schema.List(
        title=_("label_parcels", default="Cadastral parcels"),
        description=_(
            "help_parcels",
            default="One CaPaKey a line, e.g. 62063B0123/02C004 "
            "(use _ when there is no exponent letter).",
        ),
        value_type=schema.TextLine(constraint=is_capakey, max_length=30),
        required=False,
        default=[],
        missing_value=[],
    )
    parcel_shapes = schema.Text(
        title=_("label_parcel_shapes", default="Outline of the parcels (GeoJSON)"),
        description=_(
            "help_parcel_shapes",
            default="Optional: the parcels' Polygon or MultiPolygon in GeoJSON "
            "(WGS 84, as the cadastre's viewers export it); the map then "
            "shows it instead of the point.",
        ),
        constraint=is_shape,
        required=False,
        max_length=200000,
    )
    zone = schema.Choice(
        title=_("label_zone", default="Zone of the plan de secteur"),
        vocabulary="ia.urban.zones",
        required=False,
    )
    local_guides = schema.List(
        title=_("label_local_guides", default="Local planning guides"),
        value_type=schema.TextLine(max_length=200),
        required=False,
        default=[],
        missing_value=[],
    )
    protected_heritage = schema.Bool(
        title=_("label_protected_heritage", default="Protected heritage"),
        required=False,
        default=False,
    )
    flood_zone = schema.Choice(
        title=_("label_flood_zone", default="Flood hazard"),
        vocabulary="ia.urban.flood_zones",
        required=False,
    )


@implementer(IDecidedByCollege)
class Licence(Container):
    """A licence file: its events and next deadline default to none."""

    urban_events = ()
    urban_next_deadline = ""
    urban_deadlines = ()  # ia.urban.deadlines.stored
