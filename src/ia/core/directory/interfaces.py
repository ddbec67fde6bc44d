"""Schemas of the directory types: IaDirectory, IaOrganisation, IaPerson, IaHeldPosition."""

from ia.core import _
from ia.core.directory import bce
from ia.core.directory.fields import ContactField
from ia.core.validation_schema import LINE
from ia.core.validation_schema import NAME
from ia.core.validation_schema import Email
from plone.autoform import directives
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant


class IDirectory(model.Schema):
    """The site's directory of contacts (one per site, at ``/annuaire``)."""

    title = schema.TextLine(max_length=NAME, title=_("Title"), required=True)
    description = schema.Text(title=_("Description"), required=False)


class IAddress(model.Schema):
    """Postal address, shared by organisations and persons."""

    model.fieldset(
        "address",
        label=_("Address"),
        fields=["street", "number", "box", "zip_code", "city", "country"],
    )
    street = schema.TextLine(max_length=LINE, title=_("Street"), required=False)
    number = schema.TextLine(max_length=LINE, title=_("Number"), required=False)
    box = schema.TextLine(max_length=LINE, title=_("Box"), required=False)
    zip_code = schema.TextLine(max_length=LINE, title=_("Zip code"), required=False)
    city = schema.TextLine(max_length=LINE, title=_("City"), required=False)
    country = schema.TextLine(
        max_length=LINE, title=_("Country"), required=False, default="Belgique"
    )


class IExternalId(model.Schema):
    """The reference of a contact in the system it was imported from."""

    model.fieldset("import", label=_("Import"), fields=["external_id"])
    external_id = schema.TextLine(
        max_length=LINE,
        title=_("External reference"),
        description=_(
            "Reference of this contact in the imported CSV file; a re-import updates it."
        ),
        required=False,
    )


class IOrganisation(IAddress, IExternalId):
    """An organisation: commune, CPAS, company, association, notary..."""

    title = schema.TextLine(max_length=NAME, title=_("Name"), required=True)
    organisation_type = schema.Choice(
        title=_("Type of organisation"),
        vocabulary="ia.core.organisation_types",
        required=False,
    )
    enterprise_number = schema.TextLine(
        max_length=NAME,
        title=_("Enterprise number (BCE)"),
        description=_("Format 0123.456.789"),
        required=False,
        constraint=bce.validate,
    )
    email = Email(title=_("E-mail"), required=False)
    phone = schema.TextLine(max_length=LINE, title=_("Phone"), required=False)
    website = schema.TextLine(max_length=LINE, title=_("Website"), required=False)


class IPerson(IAddress, IExternalId):
    """A person. The national register number is deliberately not stored."""

    title = schema.TextLine(
        title=_("Title"),
        description=_("Computed: last name first name."),
        readonly=True,
        required=False,
    )
    directives.omitted("title")

    civility = schema.Choice(
        title=_("Civility"), vocabulary="ia.core.civilities", required=False
    )
    firstname = schema.TextLine(max_length=NAME, title=_("First name"), required=False)
    lastname = schema.TextLine(max_length=NAME, title=_("Last name"), required=True)
    email = Email(title=_("E-mail"), required=False)
    phone = schema.TextLine(max_length=LINE, title=_("Phone"), required=False)

    directives.order_before(civility="*")


class IHeldPosition(IExternalId):
    """A position a person holds in an organisation, for a period."""

    title = schema.TextLine(title=_("Title"), readonly=True, required=False)
    directives.omitted("title")

    position_type = schema.Choice(
        title=_("Position"), vocabulary="ia.core.position_types", required=True
    )
    label = schema.TextLine(
        max_length=NAME,
        title=_("Label"),
        description=_(
            "Leave empty to use the title of the position, e.g. 'Échevin des travaux'."
        ),
        required=False,
    )
    organisation = ContactField(
        title=_("Organisation"), vocabulary="ia.core.organisations", required=False
    )
    start_date = schema.Date(title=_("Start date"), required=False)
    end_date = schema.Date(title=_("End date"), required=False)
    signatory = schema.Bool(
        title=_("Signatory"),
        description=_("This person signs documents in this position."),
        required=False,
        default=False,
    )

    @invariant
    def end_after_start(data):
        start = getattr(data, "start_date", None)
        end = getattr(data, "end_date", None)
        if start and end and end < start:
            raise Invalid(
                _(
                    "error_end_before_start",
                    default="The end date is before the start date.",
                )
            )
