"""The bodies a hand-over may create an item in, and the choice among them."""

from ia.delib import _
from ia.delib.errors import DelibError
from plone import api


BODY_TYPE = "IaDelibBody"
ADD_ITEM = "ia.delib: Add item"


def all_bodies() -> list:
    """Every body of the site (unrestricted), by title."""
    catalog = api.portal.get_tool("portal_catalog")
    bodies = [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type=BODY_TYPE)
    ]
    return sorted(bodies, key=lambda body: body.Title())


def addable_bodies() -> list:
    """The bodies the current user may add items to, colleges first."""
    allowed = [
        body
        for body in all_bodies()
        if api.user.has_permission(ADD_ITEM, obj=body)
        and api.user.has_permission("Add portal content", obj=body)
    ]
    return sorted(allowed, key=lambda body: body.body_kind != "college")


def as_choices(bodies) -> list[tuple[str, str]]:
    return [(api.content.get_uuid(body), body.Title()) for body in bodies]


def pick(bodies, uid, *, default):
    """The body ``uid`` among ``bodies``; without ``uid``, ``default(bodies)``."""
    if not uid:
        return default(bodies)
    for body in bodies:
        if api.content.get_uuid(body) == uid:
            return body
    raise DelibError(
        _(
            "msg_handover_bad_body",
            default="${uid} is not a body you may choose here.",
            mapping={"uid": str(uid)},
        )
    )
