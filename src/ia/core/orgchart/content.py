"""Content types of the organisation chart: ``/organisation`` and its services."""

from ia.core import _
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IIaOrgChart(model.Schema):
    """The site-level folder holding the tree of services (one per site)."""


class IIaService(model.Schema):
    """A service (department) of the municipality; services nest."""

    acronym = schema.TextLine(
        title=_("Acronym"),
        description=_("Short code of the service, e.g. URB for Urbanisme."),
        required=False,
        max_length=20,
    )

    validation_levels = schema.Int(
        title=_("Validation levels"),
        description=_(
            "How many validation levels (N+1 to N+3) the documents of this "
            "service pass. Empty: the site default."
        ),
        required=False,
        min=1,
        max=3,
    )

    active = schema.Bool(
        title=_("Active"),
        description=_(
            "An inactive service (and its sub-services) can no longer be chosen "
            "on new documents; its groups and existing documents are kept."
        ),
        required=False,
        default=True,
    )


@implementer(IIaOrgChart)
class OrgChart(Container):
    """The ``/organisation`` folder."""


@implementer(IIaService)
class Service(Container):
    """A service; its (service, function) groups follow it (see ``groups``)."""
