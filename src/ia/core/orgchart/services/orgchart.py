"""``@ia-orgchart``: the tree of services with their function groups and members.

- ``GET  /@ia-orgchart``: the tree (add ``?active_only=1`` to skip inactive services);
- ``POST /@ia-orgchart/members`` ``{"service", "function", "userid"}``: add a member;
- ``DELETE /@ia-orgchart/members`` (same body or query string): remove a member.
"""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import OrgChartError
from ia.core.orgchart.functions import default_validation_levels
from ia.core.rest import PathService
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zope.interface import alsoProvides


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


class OrgChartService(PathService):
    """Base of the ``@ia-orgchart`` services."""


class OrgChartGet(OrgChartService):
    def reply(self):
        if self.params:
            return self.error(404, f"Unknown path: {'/'.join(self.params)}")
        active_only = self.request.form.get("active_only") in ("1", "true", "True")
        chart = orgchart.get_orgchart()
        return {
            "@id": f"{self.context.absolute_url()}/@ia-orgchart",
            "orgchart": chart.absolute_url() if chart is not None else None,
            "functions": [function.as_dict() for function in orgchart.get_functions()],
            "validation_levels": default_validation_levels(),
            "services": orgchart_tree(active_only=active_only),
        }


class MembersChange(OrgChartService):
    """Shared body of POST and DELETE on ``@ia-orgchart/members``."""

    change = None  # orgchart.add_member or orgchart.remove_member

    def reply(self):
        if self.params != ["members"]:
            return self.error(404, "Use @ia-orgchart/members.")
        try:
            data = json_body(self.request) if self.request.get("BODY") else {}
        except DeserializationError as error:
            return self.error(400, str(error), "DeserializationError")
        values = {
            key: data.get(key) or self.request.form.get(key)
            for key in ("service", "function", "userid")
        }
        missing = [key for key, value in values.items() if not value]
        if missing:
            return self.error(400, f"Missing: {', '.join(missing)}.")
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            type(self).change(values["service"], values["function"], values["userid"])
        except OrgChartError as error:
            return self.error(400, error.message, type(error).__name__)
        service = orgchart.get_service(values["service"])
        return {
            "service": values["service"],
            "function": values["function"],
            "group_id": orgchart.group_id(values["service"], values["function"]),
            "members": orgchart.members(service, values["function"]),
        }


class MembersPost(MembersChange):
    change = staticmethod(orgchart.add_member)


class MembersDelete(MembersChange):
    change = staticmethod(orgchart.remove_member)
