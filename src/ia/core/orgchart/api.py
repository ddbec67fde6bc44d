"""Public API of the organisation chart.

The only code that computes (service, function) group ids. Other parts of
the suite call these functions instead of looking at groups themselves::

    from ia.core.orgchart import api as orgchart

    orgchart.services_of_user("jdupont", functions=["encoder"])
    orgchart.group_id(service, "reviewer1")
"""

from dataclasses import dataclass
from ia.core.orgchart.content import IIaService
from ia.core.orgchart.errors import UnknownFunction
from ia.core.orgchart.errors import UnknownService
from ia.core.orgchart.errors import UnknownUser
from ia.core.orgchart.functions import default_validation_levels
from ia.core.orgchart.functions import get_functions
from ia.core.requestcache import clear_cache
from plone import api
from plone.app.uuid.utils import uuidToObject
from plone.uuid.interfaces import IUUID
import re


ORGCHART_ID = "organisation"
ORGCHART_TYPE = "IaOrgChart"
SERVICE_TYPE = "IaService"

# <32 hex digits of the service UID>_<function id>
GROUP_ID = re.compile(r"^(?P<uid>[0-9a-f]{32})_(?P<function>[a-z][a-z0-9]*)$")

__all__ = [
    "ServiceInfo",
    "add_member",
    "functions_of_user",
    "get_functions",
    "get_orgchart",
    "get_service",
    "get_services",
    "group_id",
    "group_title",
    "iter_service_objects",
    "members",
    "parse_group_id",
    "remove_member",
    "services_of_user",
    "validation_levels",
]


@dataclass(frozen=True)
class ServiceInfo:
    """A service as a flat row of the tree (no object to wake up again)."""

    uid: str
    title: str
    acronym: str
    depth: int
    path: str
    parent_uid: str | None
    active: bool
    validation_levels: int | None

    def as_dict(self):
        return {
            "uid": self.uid,
            "title": self.title,
            "acronym": self.acronym,
            "depth": self.depth,
            "path": self.path,
            "parent_uid": self.parent_uid,
            "active": self.active,
            "validation_levels": self.validation_levels,
        }


def get_orgchart(portal=None):
    """The ``/organisation`` folder, or ``None`` when it does not exist."""
    portal = portal if portal is not None else api.portal.get()
    folder = portal.get(ORGCHART_ID)
    if folder is not None and getattr(folder, "portal_type", None) == ORGCHART_TYPE:
        return folder
    return None


def _children(container):
    return [obj for obj in container.objectValues() if IIaService.providedBy(obj)]


def iter_service_objects(portal=None):
    """Yield ``(service, depth, parent_uid, active)`` in tree order, inactive included.

    ``active`` is False for an inactive service and for everything below it.
    """
    root = get_orgchart(portal)
    if root is None:
        return

    def walk(container, depth, parent_uid, parent_active):
        for obj in _children(container):
            active = parent_active and bool(getattr(obj, "active", True))
            yield obj, depth, parent_uid, active
            yield from walk(obj, depth + 1, IUUID(obj), active)

    yield from walk(root, 0, None, True)


def get_services(active_only=True, portal=None):
    """All services, flat, in tree order, as :class:`ServiceInfo` rows."""
    rows = []
    for obj, depth, parent_uid, active in iter_service_objects(portal):
        if active_only and not active:
            continue
        rows.append(
            ServiceInfo(
                uid=IUUID(obj),
                title=obj.title or obj.getId(),
                acronym=getattr(obj, "acronym", None) or "",
                depth=depth,
                path="/".join(obj.getPhysicalPath()),
                parent_uid=parent_uid,
                active=active,
                validation_levels=getattr(obj, "validation_levels", None),
            )
        )
    return rows


def get_service(uid):
    """The service object with this UID (no permission check), or ``None``."""
    if not isinstance(uid, str) or not uid:
        return None
    try:
        obj = uuidToObject(uid, unrestricted=True)
    except (KeyError, AttributeError):
        return None
    if obj is None or not IIaService.providedBy(obj):
        return None
    return obj


def _service_uid(service_or_uid):
    if isinstance(service_or_uid, str):
        return service_or_uid
    return IUUID(service_or_uid)


def _require_service(service_or_uid):
    if not isinstance(service_or_uid, str) and IIaService.providedBy(service_or_uid):
        return service_or_uid
    service = get_service(service_or_uid)
    if service is None:
        raise UnknownService(
            "There is no service '${service}' in the organisation chart.",
            service=str(service_or_uid),
        )
    return service


def _require_function(function_id):
    for function in get_functions():
        if function.id == function_id:
            return function
    raise UnknownFunction(
        "There is no function '${function}'.", function=str(function_id)
    )


def group_id(service_or_uid, function_id):
    """The id of the group of ``function_id`` in the service (object or UID)."""
    return f"{_service_uid(service_or_uid)}_{function_id}"


def group_title(service, function):
    """``<Service title> (<Function title>)``."""
    return f"{service.title or service.getId()} ({function.title})"


def parse_group_id(groupid):
    """``(service_uid, function_id)`` for a function group id, else ``None``."""
    match = GROUP_ID.match(groupid or "")
    if match is None:
        return None
    return match.group("uid"), match.group("function")


def _ensure_group(service, function):
    gid = group_id(service, function.id)
    group = api.group.get(groupname=gid)
    if group is None:
        group = api.group.create(groupname=gid, title=group_title(service, function))
    return group


def add_member(service, function, userid):
    """Put the user in the (service, function) group; idempotent.

    Raises :class:`UnknownService`, :class:`UnknownFunction` or
    :class:`UnknownUser`; nothing is changed then.
    """
    service = _require_service(service)
    function = _require_function(function)
    if not userid or api.user.get(userid=userid) is None:
        raise UnknownUser("There is no user '${userid}'.", userid=str(userid))
    group = _ensure_group(service, function)
    if userid not in group.getGroupMemberIds():
        api.group.add_user(groupname=group.getId(), username=userid)
        clear_cache()  # what this request computed from the memberships


def remove_member(service, function, userid):
    """Take the user out of the (service, function) group; idempotent."""
    service = _require_service(service)
    function = _require_function(function)
    if not userid or api.user.get(userid=userid) is None:
        raise UnknownUser("There is no user '${userid}'.", userid=str(userid))
    group = api.group.get(groupname=group_id(service, function.id))
    if group is not None and userid in group.getGroupMemberIds():
        api.group.remove_user(groupname=group.getId(), username=userid)
        clear_cache()


def members(service, function=None):
    """User ids of one function, or ``{function id: [user ids]}`` for all."""
    service = _require_service(service)
    if function is not None:
        function = _require_function(function)
        group = api.group.get(groupname=group_id(service, function.id))
        return sorted(group.getGroupMemberIds()) if group is not None else []
    result = {}
    for item in get_functions():
        group = api.group.get(groupname=group_id(service, item.id))
        result[item.id] = sorted(group.getGroupMemberIds()) if group is not None else []
    return result


def _user_group_ids(userid):
    user = api.user.get(userid=userid) if userid else None
    if user is None:
        return []
    return user.getGroups()


def functions_of_user(userid):
    """``{service UID: [function ids]}`` from the user's groups (no catalog query)."""
    order = {function.id: index for index, function in enumerate(get_functions())}
    result = {}
    for gid in _user_group_ids(userid):
        parsed = parse_group_id(gid)
        if parsed is None or parsed[1] not in order:
            continue
        result.setdefault(parsed[0], []).append(parsed[1])
    for function_ids in result.values():
        function_ids.sort(key=order.get)
    return result


def services_of_user(userid, functions=None):
    """UIDs of the services where the user has a function (or one of ``functions``)."""
    wanted = set(functions) if functions is not None else None
    uids = []
    for uid, function_ids in functions_of_user(userid).items():
        if wanted is None or wanted.intersection(function_ids):
            uids.append(uid)
    return sorted(uids)


def validation_levels(service_uid):
    """Validation levels (1..3) of the service's documents: its own, else default."""
    service = get_service(service_uid)
    value = getattr(service, "validation_levels", None) if service is not None else None
    return value or default_validation_levels()
