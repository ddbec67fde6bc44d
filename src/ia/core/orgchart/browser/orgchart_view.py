"""Default view of ``/organisation``: the tree of services with links."""

from ia.core.orgchart import api as orgchart
from plone import api
from Products.Five.browser import BrowserView


class OrgChartView(BrowserView):
    def can_manage(self):
        return api.user.has_permission(
            "ia.core: Manage organisation chart", obj=self.context
        )

    def portal_url(self):
        return api.portal.get().absolute_url()

    def tree(self):
        """Nested ``{"info", "url", "children"}`` nodes, inactive services included."""
        nodes = {}
        roots = []
        portal_url = api.portal.get().absolute_url()
        portal_path = "/".join(api.portal.get().getPhysicalPath())
        for info in orgchart.get_services(active_only=False):
            node = {
                "info": info,
                "url": portal_url + info.path[len(portal_path) :],
                "children": [],
            }
            nodes[info.uid] = node
            parent = nodes.get(info.parent_uid)
            (parent["children"] if parent else roots).append(node)
        return roots
