"""The ``ia.delib.advices`` behavior of items: which advices are requested."""

from ia.delib import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IAdvicesRequested(model.Schema):
    """The advice types asked for an item; the advices themselves are
    created when the item is proposed (``ia.delib.advices.asking``)."""

    model.fieldset("advices", label=_("Advices"), fields=["advices_requested"])

    advices_requested = schema.List(
        title=_("Advices requested"),
        description=_(
            "The services asked for an advice receive it when the item is "
            "proposed, with a deadline."
        ),
        value_type=schema.Choice(vocabulary="ia.delib.advice_types"),
        required=False,
        unique=True,
        default=[],
    )
