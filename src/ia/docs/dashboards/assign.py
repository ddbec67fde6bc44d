"""Batch "Assigner à…": name the agent of incoming mails and propose them to him.

For each selected mail waiting for its manager (``proposed_to_manager``):
set ``assigned_agent`` and take ``propose_to_agent``, all or nothing per
mail (one savepoint each). A mail the user may not change, in another state,
or whose treating services do not count the agent among their members is
reported and left as it was; the others are done.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import check_uids
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.functions import get_functions
from ia.core.orgchart.storage import stored_value
from ia.core.views.batch import result as _result
from ia.core.views.batch import selected
from ia.docs import _
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import BadRequest
import logging
import transaction


logger = logging.getLogger("ia.docs")


INCOMING = "IaIncomingMail"
WAITING = "proposed_to_manager"
TRANSITION = "propose_to_agent"


def check_agent_id(agent):
    if not isinstance(agent, str) or not agent.strip():
        raise InvalidParameter(_("Choose the agent to assign."))
    agent = agent.strip()
    if api.user.get(userid=agent) is None:
        raise InvalidParameter(
            _("There is no user ${agent}.", mapping={"agent": agent})
        )
    return agent


# Functions whose holders do not treat mails: a reader only reads the
# service's documents, an encoder registers them (issue 12: the assign form
# offered a reader of the service as an agent).
NOT_AGENT_ROLES = ("IaReader", "IaEncoder")


def _agent_functions():
    return {
        function.id
        for function in get_functions()
        if function.role not in NOT_AGENT_ROLES
    }


def service_members(service_uid):
    """User ids holding a treating function in the service (not readers or
    encoders only)."""
    try:
        by_function = orgchart.members(service_uid)
    except Exception:  # an unknown service has no members
        return set()
    wanted = _agent_functions()
    return {
        userid
        for function_id, userids in by_function.items()
        if function_id in wanted
        for userid in userids
    }


def agents_of(mail):
    """User ids who may be assigned ``mail``: the members of its treating
    services who hold a treating function (editor, reviewer, manager...)."""
    result = set()
    for uid in stored_value(mail, "responsible_services") or ():
        result |= service_members(uid)
    return result


def agent_choices(mails):
    """[(userid, fullname)] of the agents common to every selected mail."""
    common = None
    for mail in mails:
        agents = agents_of(mail)
        common = agents if common is None else common & agents
    choices = []
    for userid in sorted(common or ()):
        user = api.user.get(userid=userid)
        fullname = (user.getProperty("fullname") if user else "") or userid
        choices.append((userid, fullname))
    return sorted(choices, key=lambda item: item[1].lower())


def selected_mails(uids):
    """{uid: mail} of the selected documents the user may see."""
    return selected(uids)


def _refusal(mail, agent):
    """Why ``mail`` cannot be assigned to ``agent`` by the current user, or None."""
    if mail.portal_type != INCOMING:
        return _("Only incoming mails are assigned to an agent.")
    if api.content.get_state(mail, default="") != WAITING:
        return _("This mail is not waiting for its manager: it cannot be assigned.")
    if not api.user.has_permission("Modify portal content", obj=mail):
        return _("You may not assign this mail.")
    wtool = api.portal.get_tool("portal_workflow")
    if TRANSITION not in {t["id"] for t in wtool.getTransitionsFor(mail)}:
        return _("You may not assign this mail.")
    if agent not in agents_of(mail):
        return _(
            "${agent} is not a member of the treating service of this mail.",
            mapping={"agent": agent},
        )
    return None


def _assign_one(mail, agent, comment):
    mail.assigned_agent = agent
    mail.reindexObjectSecurity()
    mail.reindexObject()
    api.content.transition(obj=mail, transition=TRANSITION, comment=comment)


def assign(uids, agent, comment="", request=None):
    """Assign each selected mail to ``agent``; one result per uid.

    Raises ``InvalidParameter`` (nothing changed) for a bad selection, agent
    or comment.
    """
    uids = check_uids(uids)
    agent = check_agent_id(agent)
    if not isinstance(comment, str):
        raise InvalidParameter(_("The comment must be text."))
    mails = selected_mails(uids)
    results = []
    for uid in uids:
        mail = mails.get(uid)
        if mail is None:
            message = _("Mail not found or not visible to you.")
            results.append(_result(uid, None, False, message, request))
            continue
        refusal = _refusal(mail, agent)
        if refusal is not None:
            results.append(_result(uid, mail, False, refusal, request))
            continue
        savepoint = transaction.savepoint()
        try:
            _assign_one(mail, agent, comment)
        except (WorkflowException, BadRequest, api.exc.InvalidParameterError) as exc:
            savepoint.rollback()
            logger.info("Assignment of %s to %s refused: %s", uid, agent, exc)
            message = _(
                "Refused by the workflow: ${reason}", mapping={"reason": str(exc)}
            )
            results.append(_result(uid, mail, False, message, request))
            continue
        results.append(_result(uid, mail, True, _("Assigned."), request))
    return results
