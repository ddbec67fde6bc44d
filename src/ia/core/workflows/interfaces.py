"""Interfaces of the shared-workflow helpers."""

from zope.interface import Attribute
from zope.interface import Interface


class IWorkflowBall(Interface):
    """Who has the ball in each state of one workflow.

    Registered as a utility named after the workflow id, so that a product
    describes its own workflows the way the core describes the shared ones::

        <utility
            component=".workflows.ITEM_BALL"
            name="ia_delib_item_workflow"
            />
    """

    states = Attribute("Mapping state id -> tuple of role names (workflow order)")


class IValidationLevels(Interface):
    """How many validation levels a document passes, when a product decides.

    Adapt a product's type to it (e.g. Delib items: their body's setting);
    ``levels()`` returns 1 to 3, or None to fall back on the core's order
    (first responsible service, registry default, 1).
    """

    def levels():
        """The number of levels, or None."""
