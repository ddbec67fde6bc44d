"""Items pass the validation levels of their body when it sets them.

The item workflow calls the core's ``@@ia-workflow-guards`` like
``ia_validation_workflow`` does; the core asks this adapter first, then falls
back on its own order (first responsible service, site default).
"""

from ia.core.workflows.interfaces import IValidationLevels
from ia.delib.content.item import IIaDelibItem
from ia.delib.content.vocabularies import body_of
from zope.component import adapter
from zope.interface import implementer


@implementer(IValidationLevels)
@adapter(IIaDelibItem)
class BodyValidationLevels:
    def __init__(self, context):
        self.context = context

    def levels(self):
        body = body_of(self.context)
        return getattr(body, "validation_levels", None) if body is not None else None


class MeetingGuardsView:
    """``@@ia-delib-guards`` on a meeting, called from the meeting workflow's
    guard expressions: ``can_publish`` is false for a body whose meetings are
    never public (a college), so "Publier" is not even offered there."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def can_publish(self) -> bool:
        from ia.delib.content.body import meetings_are_public

        body = body_of(self.context)
        return body is not None and meetings_are_public(body)
