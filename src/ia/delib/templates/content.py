"""The body's folder of item templates and the item template.

Every body holds one folder ``modeles-de-points`` (*Modèles de points*, type
``IaDelibItemTemplates``), created with the body; it holds the templates
(``IaDelibItemTemplate``) in a manual order. Templates are configuration:
every civil servant reads them, administrators write them
(``ia_config_workflow``).
"""

from ia.delib import _
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


FOLDER_ID = "modeles-de-points"
FOLDER_TITLE = "Modèles de points"


class IIaDelibItemTemplates(model.Schema):
    """The folder of a body's item templates."""


@implementer(IIaDelibItemTemplates)
class ItemTemplates(Container):
    """Holds the item templates of its body."""


class IIaDelibItemTemplate(model.Schema):
    """What a new item takes from its template."""

    category = schema.Choice(
        title=_("Category"),
        vocabulary="ia.delib.categories",
        required=False,
    )

    motivation = RichText(title=_("Motivation"), required=False)

    decision = RichText(title=_("Decision"), required=False)

    privacy = schema.Choice(
        title=_("Privacy"),
        vocabulary="ia.delib.privacies",
        default="public",
    )

    list_type = schema.Choice(
        title=_("List"),
        vocabulary="ia.delib.list_types",
        default="normal",
    )

    allowed_services = schema.List(
        title=_("Services that may use the template"),
        description=_("Empty: every service."),
        value_type=schema.Choice(vocabulary="ia.core.services"),
        required=False,
        default=[],
    )

    recurring = schema.Bool(
        title=_("Recurring item"),
        description=_(
            "Added to every new meeting of the body, validated and presented."
        ),
        required=False,
        default=False,
    )

    proposing_service = schema.Choice(
        title=_("Proposing service of the recurring item"),
        vocabulary="ia.core.services",
        required=False,
    )

    minutes_approval = schema.Bool(
        title=_("Approval of the previous meeting's minutes"),
        description=_(
            "The item names the date of the previous meeting; a meeting "
            "without a previous one gets no such item."
        ),
        required=False,
        default=False,
    )


@implementer(IIaDelibItemTemplate)
class ItemTemplate(Item):
    """An item template of a body."""
