"""Encoders may create contacts on the fly.

Function roles are local roles given on the documents of a service, so an
encoder holds no role in ``/annuaire``. This ``borg.localrole`` adapter
gives ``IaEncoder`` inside the directory to every function group whose
function maps to that role (group ids ``<service UID>_<function id>``,
functions in the registry record ``ia.core.functions``).
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.directory.interfaces import IDirectory
from plone import api
from zope.component import adapter
from zope.interface import implementer


ROLE = "IaEncoder"
DEFAULT_FUNCTIONS = ("encoder|Encodeur|IaEncoder",)


def encoder_functions() -> tuple[str, ...]:
    lines = (
        api.portal.get_registry_record("ia.core.functions", default=None)
        or DEFAULT_FUNCTIONS
    )
    functions = []
    for line in lines:
        parts = [part.strip() for part in (line or "").split("|")]
        if len(parts) >= 3 and parts[0] and parts[2] == ROLE:
            functions.append(parts[0])
    return tuple(functions)


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
