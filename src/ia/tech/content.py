"""Schemas of iA.Tech's types (their FTIs: ``profiles/default/types``).

Title, description, reference, services, location, attachments and notes
come from the core's behaviors; hours and materials of an order are kept
by ``ia.tech.costs`` (lists of small dicts), not by form fields.
"""

from ia.core.directory.fields import ContactField
from ia.tech import _
from plone.autoform import directives
from plone.supermodel import model
from zope import schema
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# Where a work request comes from (shown by its title, never the raw id).
ORIGINS = SimpleVocabulary(
    [
        SimpleTerm("service", "service", _("A service")),
        SimpleTerm("open311", "open311", _("A citizen (Open311)")),
        SimpleTerm("mail", "mail", _("An incoming mail")),
    ]
)

REQUEST = "IaTechRequest"
ORDER = "IaTechOrder"
ASSET = "IaTechAsset"
BOOKING = "IaTechBooking"
REQUEST_WORKFLOW = "ia_tech_request_workflow"
ORDER_WORKFLOW = "ia_tech_order_workflow"


class IWorkRequest(model.Schema):
    """A work request, from a service or a citizen."""

    request_type = schema.Choice(
        title=_("Type of work"), vocabulary="ia.tech.request_types", required=True
    )
    priority = schema.Choice(
        title=_("Priority"),
        vocabulary="ia.tech.priorities",
        required=True,
        default="normal",
    )
    desired_date = schema.Date(title=_("Desired date"), required=False)
    requester = ContactField(
        title=_("Requester (directory)"),
        description=_("A contact of the directory; leave empty for a colleague."),
    )
    requesting_service = schema.Choice(
        title=_("Requesting service"), vocabulary="ia.core.services", required=False
    )
    model.fieldset(
        "citizen",
        label=_("Citizen"),
        fields=["contact_name", "contact_email", "contact_phone", "origin"],
    )
    contact_name = schema.TextLine(title=_("Contact name"), required=False)
    contact_email = schema.TextLine(title=_("Contact e-mail"), required=False)
    contact_phone = schema.TextLine(title=_("Contact phone"), required=False)
    model.fieldset("triage", label=_("Triage"), fields=["refusal_reason"])
    directives.mode(refusal_reason="display")
    refusal_reason = schema.Text(
        title=_("Reason of the refusal"),
        description=_("Sent to the requester with the refusal."),
        required=False,
    )
    directives.mode(origin="display")
    origin = schema.Choice(
        title=_("Origin"),
        vocabulary=ORIGINS,
        default="service",
        required=False,
    )


class IWorkOrder(model.Schema):
    """A work order, planned for a team."""

    request_type = schema.Choice(
        title=_("Type of work"), vocabulary="ia.tech.request_types", required=True
    )
    priority = schema.Choice(
        title=_("Priority"),
        vocabulary="ia.tech.priorities",
        required=True,
        default="normal",
    )
    team = schema.Choice(title=_("Team"), vocabulary="ia.core.services", required=False)
    planned_date = schema.Date(title=_("Planned date"), required=False)
    expected_hours = schema.Float(
        title=_("Expected duration (hours)"), required=False, min=0.0, max=1000.0
    )
    asset = schema.Choice(title=_("Asset"), vocabulary="ia.tech.assets", required=False)


class IAsset(model.Schema):
    """A building, vehicle, piece of equipment or room."""

    asset_kind = schema.Choice(
        title=_("Kind of asset"), vocabulary="ia.tech.asset_kinds", required=True
    )
    inventory_code = schema.TextLine(title=_("Inventory code"), required=False)
    lendable = schema.Bool(
        title=_("Can be lent"),
        description=_("A room or equipment that citizens and associations may book."),
        required=False,
        default=False,
    )


class IBooking(model.Schema):
    """A booking request of a lendable asset (inside the asset)."""

    start = schema.Datetime(title=_("Start"), required=True)
    end = schema.Datetime(title=_("End"), required=True)
    borrower = schema.TextLine(title=_("Borrower"), required=True)
    directives.mode(booking_status="display")
    booking_status = schema.Choice(
        title=_("Booking status"),
        vocabulary="ia.tech.booking_statuses",
        default="requested",
        required=False,
    )
