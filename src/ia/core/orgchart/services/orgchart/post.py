"""``POST /@ia-orgchart/members``: add a member to a function group."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.services.orgchart.members import MembersChange


class MembersPost(MembersChange):
    change = staticmethod(orgchart.add_member)
