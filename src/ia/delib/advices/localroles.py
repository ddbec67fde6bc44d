"""Local roles of the advices, computed at security-check time.

- On an **item** (provider ``ia.delib.advisers``, beside the core's
  ``ia.responsible``): every function group of a service whose advice is
  asked on the item gets ``IaAdviser`` (read the item, never its internal
  notes).
- On an **advice** (provider ``ia.delib.advice``): the advice blocks the
  item's local roles, so this provider gives the proposing service's groups
  ``IaAdviceRequester`` (editors, service managers) or ``IaAdviceReader``
  (other functions), and the body's meeting managers ``IaMeetingManager``.
  The advising service's function roles come from ``ia.responsible``.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.orgchart.api import group_id
from ia.core.orgchart.functions import get_functions
from ia.core.orgchart.storage import stored_value
from ia.delib.advices import ADVICE_READER_ROLE
from ia.delib.advices import ADVISER_ROLE
from ia.delib.advices import REQUESTER_FUNCTION_ROLES
from ia.delib.advices import REQUESTER_ROLE
from ia.delib.advices.asking import advices_of
from ia.delib.advices.content import IIaDelibAdvice
from ia.delib.content.body import meeting_managers_group_id
from ia.delib.content.item import IIaDelibItem
from ia.delib.content.localroles import MEETING_MANAGER_ROLE
from ia.delib.content.vocabularies import body_of
from zope.component import adapter
from zope.interface import implementer


class _Provider:
    """``compute(context)`` -> ``{principal id: set(roles)}``."""

    compute = staticmethod(lambda context: {})

    def __init__(self, context):
        self.context = context

    def roles(self) -> dict:
        return self.compute(self.context)

    def getRoles(self, principal_id):
        return tuple(sorted(self.roles().get(principal_id, ())))

    def getAllRoles(self):
        for principal_id, roles in sorted(self.roles().items()):
            yield principal_id, tuple(sorted(roles))


def adviser_roles(item) -> dict:
    functions = get_functions()
    roles = {}
    for advice in advices_of(item):
        for uid in stored_value(advice, "responsible_services") or ():
            for function in functions:
                roles.setdefault(group_id(uid, function.id), set()).add(ADVISER_ROLE)
    return roles


def advice_roles(advice) -> dict:
    roles = {}
    item = aq_parent(aq_inner(advice))
    if IIaDelibItem.providedBy(item):
        functions = get_functions()
        for uid in stored_value(item, "responsible_services") or ():
            for function in functions:
                role = (
                    REQUESTER_ROLE
                    if function.role in REQUESTER_FUNCTION_ROLES
                    else ADVICE_READER_ROLE
                )
                roles.setdefault(group_id(uid, function.id), set()).add(role)
    body = body_of(advice)
    if body is not None:
        roles.setdefault(meeting_managers_group_id(body), set()).add(
            MEETING_MANAGER_ROLE
        )
    return roles


@implementer(ILocalRoleProvider)
@adapter(IIaDelibItem)
class ItemAdvisersLocalRoles(_Provider):
    compute = staticmethod(adviser_roles)


@implementer(ILocalRoleProvider)
@adapter(IIaDelibAdvice)
class AdviceLocalRoles(_Provider):
    compute = staticmethod(advice_roles)
