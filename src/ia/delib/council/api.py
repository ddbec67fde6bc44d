"""Send an item decided by the college to the council.

::

    from ia.delib.council import api as council

    new_item = council.send_to_council(item)          # the only council
    new_item = council.send_to_council(item, body)    # a given council
    council.linked_item(item)                          # the other side of the link

The new item lives in the council (state created, numbered as usual) with
the same proposing and copy services, title, texts (the decision as a
draft), privacy, budget impact, the category if the council has it, and the
annexes except the confidential ones. The two items are linked both ways by
UID (``council_item_uid`` on the college item, ``college_item_uid`` on the
council item). Every refusal is a ``DelibError`` with a clear message and
nothing is created.
"""

from copy import deepcopy
from ia.core.orgchart.storage import stored_value
from ia.delib import _
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from plone import api


SENDABLE_STATES = ("accepted", "accepted_modified")
# Who may send: the proposing service's writing and reviewing roles, the
# meeting managers, the administrators (readers and copy services may not).
SENDER_ROLES = {
    "Owner",
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReviewer2",
    "IaReviewer3",
    "IaServiceManager",
    "IaAgent",
    "IaMeetingManager",
    "Manager",
    "Site Administrator",
}
COPIED_FIELDS = (
    "motivation",
    "decision",
    "privacy",
    "budget_impact",
    "budget_impact_text",
)
TO = "council_item_uid"
FROM = "college_item_uid"


def _by_uid(uid):
    if not uid:
        return None
    brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def sent_to(item):
    """The council item ``item`` was sent as, or None."""
    return _by_uid(getattr(item, TO, None))


def sent_from(item):
    """The college item ``item`` comes from, or None."""
    return _by_uid(getattr(item, FROM, None))


def councils() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    bodies = [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="IaDelibBody")
    ]
    return [body for body in bodies if body.body_kind == "council"]


def may_send(item) -> bool:
    """The current user holds a role that may send ``item``."""
    user = api.user.get_current()
    return bool(SENDER_ROLES & set(user.getRolesInContext(item)))


def check_can_send(item) -> None:
    """Raise ``DelibError`` unless ``item`` may be sent by the current user."""
    body = body_of(item)
    if body is None or body.body_kind != "college":
        raise DelibError(_("Only an item of the college may be sent to the council."))
    if api.content.get_state(item) not in SENDABLE_STATES:
        raise DelibError(
            _(
                "Only an item accepted by the college (possibly with "
                "modifications) may be sent to the council."
            )
        )
    already = sent_to(item)
    if already is not None:
        raise DelibError(
            _(
                "msg_already_sent",
                default="This item has already been sent to the council: ${title} (${url}).",
                mapping={"title": already.Title(), "url": already.absolute_url()},
            )
        )
    if not may_send(item):
        raise DelibError(
            _(
                "Only the proposing service or the meeting managers may send "
                "this item to the council."
            )
        )


def target_council(uid=None):
    """The council ``uid``, or the only council when ``uid`` is empty."""
    if uid:
        body = _by_uid(uid) if isinstance(uid, str) else None
        if (
            body is None
            or body.portal_type != "IaDelibBody"
            or (body.body_kind != "council")
        ):
            raise DelibError(
                _(
                    "msg_not_a_council",
                    default="${uid} is not a council.",
                    mapping={"uid": str(uid)},
                )
            )
        return body
    found = councils()
    if not found:
        raise DelibError(_("There is no council to send the item to."))
    if len(found) > 1:
        raise DelibError(_("There are several councils: choose one."))
    return found[0]


def _copy_annexes(source, target) -> None:
    for annex in source.objectValues():
        if annex.portal_type == "IaAttachment" and not getattr(
            annex, "confidential", False
        ):
            api.content.copy(source=annex, target=target, safe_id=True)


def send_to_council(item, council=None):
    """Create the council item from the decided college ``item``; link both."""
    check_can_send(item)
    if council is None or isinstance(council, str):
        council = target_council(council)
    elif council.portal_type != "IaDelibBody" or council.body_kind != "council":
        raise DelibError(_("The target body is not a council."))
    fields = {name: deepcopy(getattr(item, name, None)) for name in COPIED_FIELDS}
    fields = {name: value for name, value in fields.items() if value is not None}
    known = {token for token, _title in parse_categories(council.categories)}
    if item.category and item.category in known:
        fields["category"] = item.category
    with api.env.adopt_roles(["Manager"]):
        new = api.content.create(
            container=council,
            type="IaDelibItem",
            title=item.Title(),
            responsible_services=list(stored_value(item, "responsible_services") or ()),
            copy_services=list(stored_value(item, "copy_services") or ()),
            **fields,
        )
        _copy_annexes(item, new)
    setattr(item, TO, api.content.get_uuid(new))
    setattr(new, FROM, api.content.get_uuid(item))
    item.reindexObject()
    new.reindexObject()
    return new
