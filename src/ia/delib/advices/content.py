"""An advice (``IaDelibAdvice``) given by a service on an item.

It lives inside the item. Local roles are not acquired from the item
(``__ac_local_roles_block__``): the advising service gets its function roles
from ``ia.responsible``, the proposing service and the meeting managers get
theirs from ``ia.delib.advices.localroles.AdviceLocalRoles``.
"""

from ia.delib import _
from plone.app.textfield import RichText
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IIaDelibAdvice(model.Schema):
    advice_type = schema.Choice(
        title=_("Advice type"),
        vocabulary="ia.delib.advice_types",
        required=False,
        readonly=True,
    )

    advice_value = schema.Choice(
        title=_("Advice"),
        vocabulary="ia.delib.advice_values",
        required=False,
    )

    text = RichText(title=_("Advice text"), required=False)

    asked_on = schema.Date(title=_("Asked on"), required=False, readonly=True)

    given_by = schema.TextLine(title=_("Given by"), required=False, readonly=True)

    given_on = schema.Datetime(title=_("Given on"), required=False, readonly=True)


@implementer(IIaDelibAdvice)
class Advice(Item):
    """``item_digest``: a digest of the item's texts when the advice was given
    (``ask_again`` needs the item to have changed since)."""

    __ac_local_roles_block__ = True

    advice_type = None
    asked_on = None
    given_by = None
    given_on = None
    item_digest = None
