"""Encoders may create contacts on the fly.

Function roles are local roles given on the documents of a service, so an
encoder holds no role in ``/annuaire``. This ``borg.localrole`` adapter
gives ``IaEncoder`` inside the directory to every function group whose
function maps to that role (group ids ``<service UID>_<function id>``,
functions from ``ia.core.orgchart.functions.get_functions()``).
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.directory.interfaces import IDirectory
from ia.core.orgchart.functions import get_functions
from zope.component import adapter
from zope.interface import implementer


ROLE = "IaEncoder"


def encoder_functions() -> tuple[str, ...]:
    """Ids of the configured functions that give the ``IaEncoder`` role."""
    return tuple(function.id for function in get_functions() if function.role == ROLE)


@implementer(ILocalRoleProvider)
@adapter(IDirectory)
class DirectoryEncoders:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id):
        suffixes = tuple(f"_{function}" for function in encoder_functions())
        if suffixes and principal_id and principal_id.endswith(suffixes):
            return (ROLE,)
        return ()

    def getAllRoles(self):
        return iter(())
