"""Local roles from the ``ia.responsible`` fields, computed at security-check time.

Nothing is stored on the document: a ``borg.localrole`` provider maps

- each function group ``<svc>_<f>`` of a responsible service to the role of ``f``;
- the assigned agent to ``IaAgent``;
- each function group of a copy service to ``IaCopyReader``.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.orgchart.api import group_id
from ia.core.orgchart.behavior import IResponsible
from ia.core.orgchart.functions import get_functions
from ia.core.orgchart.storage import stored_value
from zope.component import adapter
from zope.interface import implementer


AGENT_ROLE = "IaAgent"
COPY_ROLE = "IaCopyReader"


def responsible_roles(context):
    """``{principal id: set(roles)}`` for a document with the behavior."""
    functions = get_functions()
    roles = {}
    for uid in stored_value(context, "responsible_services") or ():
        for function in functions:
            roles.setdefault(group_id(uid, function.id), set()).add(function.role)
    for uid in stored_value(context, "copy_services") or ():
        for function in functions:
            roles.setdefault(group_id(uid, function.id), set()).add(COPY_ROLE)
    agent = stored_value(context, "assigned_agent")
    if agent:
        roles.setdefault(agent, set()).add(AGENT_ROLE)
    return roles


@implementer(ILocalRoleProvider)
@adapter(IResponsible)
class ResponsibleLocalRoles:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id):
        return tuple(sorted(responsible_roles(self.context).get(principal_id, ())))

    def getAllRoles(self):
        for principal_id, roles in sorted(responsible_roles(self.context).items()):
            yield principal_id, tuple(sorted(roles))
