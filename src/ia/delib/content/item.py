"""An item ("point") proposed by a service to a deliberative body."""

from ia.delib import _
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IIaDelibItem(model.Schema):
    """Fields of an item; service, reference, annexes and notes are behaviors."""

    category = schema.Choice(
        title=_("Category"),
        vocabulary="ia.delib.categories",
        required=False,
    )

    motivation = RichText(title=_("Motivation"), required=False)

    decision = RichText(title=_("Decision"), required=False)

    budget_impact = schema.Bool(title=_("Budget impact"), required=False, default=False)

    budget_impact_text = schema.Text(
        title=_("Budget impact details"),
        description=_("Required when the item has a budget impact."),
        required=False,
    )

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

    item_kind = schema.Choice(
        title=_("Kind of item"),
        description=_(
            "An information item ends with « prend acte »; oral questions "
            "and interpellations come as their own section of the minutes."
        ),
        vocabulary="ia.delib.item_kinds",
        default="deliberation",
        required=False,
    )

    preferred_meeting = schema.Choice(
        title=_("Preferred meeting"),
        description=_("The meeting the item is presented to."),
        vocabulary="ia.delib.open_meetings",
        required=False,
    )

    @invariant
    def budget_text_when_impact(data):
        if (
            getattr(data, "budget_impact", False)
            and not (getattr(data, "budget_impact_text", "") or "").strip()
        ):
            raise Invalid(_("Describe the budget impact."))


@implementer(IIaDelibItem)
class Item(Container):
    """An item; its annexes (``IaAttachment``) live inside it.

    ``meeting_uid`` is the meeting it is presented to (set by
    ``ia.delib.api.present_item``), ``item_number`` its number in that
    meeting's agenda.
    """

    meeting_uid = None
    item_number = None
