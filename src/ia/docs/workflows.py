"""The two mail workflows (definitions: ``profiles/default/workflows``).

Their final states and who has the ball are in their XML (state variables
``ia_final``, ``ia_ball``, read by ``ia.core.workflows.facts``). Here: their
ids and the check that ``propose_to_agent`` names an agent: it runs before the transition and
refuses it with a clear message (a guard could only hide the button).
"""

from ia.docs import _
from zExceptions import BadRequest
from zope.i18n import translate


INCOMING_WORKFLOW = "ia_incoming_mail_workflow"
OUTGOING_WORKFLOW = "ia_outgoing_mail_workflow"


class AgentRequired(BadRequest):
    """``propose_to_agent`` without an assigned agent.

    A ``BadRequest`` (not a ``WorkflowException``) so that its message
    reaches the user: ``plone.api`` re-raises it as is, ``@workflow`` answers
    400 with it.
    """


MSG_AGENT_REQUIRED = _(
    "msg_agent_required",
    default="Choose the assigned agent before proposing the mail to an agent.",
)


def check_agent(obj, event):
    """Before ``propose_to_agent``: the mail must have an assigned agent."""
    transition = getattr(event, "transition", None)
    if transition is None or transition.id != "propose_to_agent":
        return
    if not getattr(obj, "assigned_agent", None):
        request = getattr(obj, "REQUEST", None)
        raise AgentRequired(translate(MSG_AGENT_REQUIRED, context=request))
