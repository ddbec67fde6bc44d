"""Roles on a whole area for the holders of a function, in every service.

Function roles are local roles on the documents of a service. Some areas
need a role for *every* holder of a function whatever his service: the
encoders create contacts in ``/annuaire`` and register mail in
``/courrier``. Subclass :class:`FunctionAreaRoles`, set which function role
selects the groups and which roles they get, and register it as a
``borg.localrole`` provider for the area's interface::

    @adapter(IMailArea)
    class MailAreaEncoders(FunctionAreaRoles):
        function_role = "IaEncoder"
        roles = ("Contributor",)

Nothing is stored: the groups are recognised by their id
(``<service UID>_<function id>``), so new services and re-configured
functions are covered at once.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.functions import get_functions
from zope.interface import implementer


@implementer(ILocalRoleProvider)
class FunctionAreaRoles:
    #: the functions whose role is this one select the groups
    function_role: str = ""
    #: the local roles those groups get on the area
    roles: tuple[str, ...] = ()

    def __init__(self, context):
        self.context = context

    def functions(self) -> tuple[str, ...]:
        return tuple(f.id for f in get_functions() if f.role == self.function_role)

    def getRoles(self, principal_id):
        parsed = orgchart.parse_group_id(principal_id)
        if parsed is not None and parsed[1] in self.functions():
            return tuple(self.roles)
        return ()

    def getAllRoles(self):
        functions = self.functions()
        for service in orgchart.get_services():
            for function in functions:
                yield orgchart.group_id(service.uid, function), tuple(self.roles)
