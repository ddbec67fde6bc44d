"""``IaMeetingManager`` for the body's meeting managers group.

A ``borg.localrole`` provider on the body, computed at security-check time
(nothing is stored): the group ``<body id>_meeting_managers`` holds the role
on the body and, since local roles are acquired, on its meetings and items.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.delib.content.body import IIaDelibBody
from ia.delib.content.body import meeting_managers_group_id
from zope.component import adapter
from zope.interface import implementer


MEETING_MANAGER_ROLE = "IaMeetingManager"


@implementer(ILocalRoleProvider)
@adapter(IIaDelibBody)
class MeetingManagersLocalRoles:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id):
        if principal_id == meeting_managers_group_id(self.context):
            return (MEETING_MANAGER_ROLE,)
        return ()

    def getAllRoles(self):
        yield meeting_managers_group_id(self.context), (MEETING_MANAGER_ROLE,)
