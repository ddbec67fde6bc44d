"""Who reads a task besides its target: the people of its document.

``IaTask`` blocks the acquisition of local roles (otherwise the treating
service of a mail could act on a task asked of another service). This
provider gives ``IaCopyReader`` (view only) on the task to every principal
holding a role on the document through its ``ia.responsible`` fields
(responsible and copy services' groups, assigned agent) and to the
document's owner.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.orgchart.localroles import COPY_ROLE
from ia.core.orgchart.localroles import responsible_roles
from ia.core.tasks.content import ITask
from zope.component import adapter
from zope.interface import implementer


def document_of(task):
    """The document a task is about: its container."""
    return getattr(task, "__parent__", None)


def readers_of(document):
    """Principal ids who read ``document`` through its services, agent or ownership."""
    if document is None:
        return set()
    readers = set(responsible_roles(document))
    stored = getattr(document, "__ac_local_roles__", None) or {}
    readers.update(principal for principal, roles in stored.items() if "Owner" in roles)
    return readers


@implementer(ILocalRoleProvider)
@adapter(ITask)
class TaskDocumentReaders:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id):
        if principal_id in readers_of(document_of(self.context)):
            return (COPY_ROLE,)
        return ()

    def getAllRoles(self):
        for principal_id in sorted(readers_of(document_of(self.context))):
            yield principal_id, (COPY_ROLE,)
