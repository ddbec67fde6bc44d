"""``GET /@ia-orgchart``: the tree of services with their function groups and
members (add ``?active_only=1`` to skip inactive services)."""

from ia.core.errors import NotFound
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.functions import default_validation_levels
from ia.core.rest import PathService
from plone import api


def _service_url(info):
    portal = api.portal.get()
    base = "/".join(portal.getPhysicalPath())
    return portal.absolute_url() + info.path[len(base) :]


def orgchart_tree(active_only=False):
    """The JSON-ready tree of services."""
    functions = orgchart.get_functions()
    nodes, roots = {}, []
    for info in orgchart.get_services(active_only=active_only):
        members = orgchart.members(info.uid)
        node = {
            "@id": _service_url(info),
            "UID": info.uid,
            "title": info.title,
            "acronym": info.acronym,
            "active": info.active,
            "depth": info.depth,
            "validation_levels": orgchart.validation_levels(info.uid),
            "functions": [
                {
                    "id": function.id,
                    "title": function.title,
                    "role": function.role,
                    "group_id": orgchart.group_id(info.uid, function.id),
                    "members": members.get(function.id, []),
                }
                for function in functions
            ],
            "children": [],
        }
        nodes[info.uid] = node
        parent = nodes.get(info.parent_uid)
        (parent["children"] if parent else roots).append(node)
    return roots


class OrgChartGet(PathService):
    def answer(self):
        if self.params:
            raise NotFound(f"Unknown path: {'/'.join(self.params)}")
        active_only = self.request.form.get("active_only") in ("1", "true", "True")
        chart = orgchart.get_orgchart()
        return {
            "@id": f"{self.context.absolute_url()}/@ia-orgchart",
            "orgchart": chart.absolute_url() if chart is not None else None,
            "functions": [function.as_dict() for function in orgchart.get_functions()],
            "validation_levels": default_validation_levels(),
            "services": orgchart_tree(active_only=active_only),
        }
