"""Keep one Plone group per (service, function) in step with the organisation chart."""

from ia.core import logger
from ia.core.orgchart.api import group_id
from ia.core.orgchart.api import group_title
from ia.core.orgchart.api import iter_service_objects
from ia.core.orgchart.api import parse_group_id
from ia.core.orgchart.functions import get_functions
from plone import api
from plone.uuid.interfaces import IUUID


def _groups_tool():
    return api.portal.get_tool("portal_groups")


def _set_title(group, title):
    if group.getProperty("title") != title:
        _groups_tool().editGroup(group.getId(), title=title)
        return True
    return False


def create_service_groups(service, functions=None):
    """Create the missing groups of the service and fix their titles.

    Returns ``(created, retitled)`` lists of group ids.
    """
    created, retitled = [], []
    for function in functions if functions is not None else get_functions():
        gid = group_id(service, function.id)
        title = group_title(service, function)
        group = api.group.get(groupname=gid)
        if group is None:
            api.group.create(groupname=gid, title=title)
            created.append(gid)
        elif _set_title(group, title):
            retitled.append(gid)
    return created, retitled


def remove_service_groups(service_uid):
    """Remove every function group of the service (known functions or not)."""
    removed = []
    for gid in list(_groups_tool().getGroupIds()):
        parsed = parse_group_id(gid)
        if parsed is not None and parsed[0] == service_uid:
            api.group.delete(groupname=gid)
            removed.append(gid)
    return removed


def sync_groups(portal=None):
    """Repair every function group; idempotent.

    - creates the missing groups of each service and function, fixes titles;
    - removes the groups of services that no longer exist;
    - removes the groups of functions no longer configured when they are
      empty; a non-empty one is kept and logged (its members must be moved
      by hand first).

    Returns a report ``{"created": [...], "retitled": [...], "removed": [...],
    "kept": [...]}``.
    """
    functions = get_functions()
    function_ids = {function.id for function in functions}
    report = {"created": [], "retitled": [], "removed": [], "kept": []}
    service_uids = set()
    for service, _depth, _parent, _active in iter_service_objects(portal):
        service_uids.add(IUUID(service))
        created, retitled = create_service_groups(service, functions)
        report["created"].extend(created)
        report["retitled"].extend(retitled)

    for gid in list(_groups_tool().getGroupIds()):
        parsed = parse_group_id(gid)
        if parsed is None:
            continue
        uid, function_id = parsed
        if uid not in service_uids:
            api.group.delete(groupname=gid)
            report["removed"].append(gid)
        elif function_id not in function_ids:
            group = api.group.get(groupname=gid)
            if group.getGroupMemberIds():
                logger.warning(
                    "Function '%s' is no longer configured but group %s still "
                    "has members: kept.",
                    function_id,
                    gid,
                )
                report["kept"].append(gid)
            else:
                api.group.delete(groupname=gid)
                report["removed"].append(gid)
    for key in ("created", "retitled", "removed"):
        if report[key]:
            logger.info("Function groups %s: %s", key, ", ".join(report[key]))
    return report
