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
