"""``DELETE /@ia-orgchart/members``: remove a member from a function group."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.services.orgchart.members import MembersChange


class MembersDelete(MembersChange):
    change = staticmethod(orgchart.remove_member)
