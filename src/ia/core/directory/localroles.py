"""Encoders may create contacts on the fly.

Function roles are local roles given on the documents of a service, so an
encoder holds no role in ``/annuaire``: this provider gives ``IaEncoder``
inside the directory to every function group whose function gives that
role (see :mod:`ia.core.orgchart.arearoles`).
"""

from ia.core.directory.interfaces import IDirectory
from ia.core.orgchart.arearoles import FunctionAreaRoles
from zope.component import adapter


ROLE = "IaEncoder"


@adapter(IDirectory)
class DirectoryEncoders(FunctionAreaRoles):
    function_role = ROLE
    roles = (ROLE,)
