"""Asking the advices requested on an item, and removing the withdrawn ones.

``sync_advices(item)`` makes the item's advices match ``advices_requested``
once the item is proposed (``ASKING_STATES``): one advice per requested type
is created in ``under_edit`` (asked today, due after the type's delay in
calendar days); an advice still under edit whose type is no longer
requested is deleted. A given advice stays: it is part of the file.
"""

from datetime import date
from hashlib import sha256
from ia.core.behaviors.deadline_calendar import compute_due_date
from ia.core.orgchart.storage import stored_value
from ia.delib import _
from ia.delib.advices import ADVICE_TYPE
from ia.delib.advices import ASKING_STATES
from ia.delib.advices.config import get_advice_type
from ia.delib.advices.config import service_uid
from ia.delib.errors import DelibError
from plone import api


ADVICE_ID_PREFIX = "avis-"


def advice_id(type_id: str) -> str:
    return f"{ADVICE_ID_PREFIX}{type_id}"


def advices_of(item) -> list:
    """The advices inside ``item`` (no permission check), in creation order."""
    return [
        item._getOb(obj_id)
        for obj_id in item.objectIds()
        if obj_id.startswith(ADVICE_ID_PREFIX)
        and getattr(item._getOb(obj_id), "portal_type", None) == ADVICE_TYPE
    ]


def requested(item) -> list[str]:
    return list(stored_value(item, "advices_requested") or ())


def item_digest(item) -> str:
    """A digest of what an advice is given on: title and texts of the item."""
    parts = [item.Title()]
    for name in ("motivation", "decision"):
        value = getattr(item, name, None)
        parts.append(getattr(value, "raw", "") or "")
    parts.append(str(bool(getattr(item, "budget_impact", False))))
    parts.append(getattr(item, "budget_impact_text", "") or "")
    parts.append(getattr(item, "category", "") or "")
    return sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def due_date_for(advice_type, asked_on: date) -> date:
    return compute_due_date(asked_on, advice_type.delay)


def check_requested(item) -> None:
    """Raise ``DelibError`` when a requested type is unknown or names a
    service missing from the organisation chart (checked before ``propose``)."""
    for type_id in requested(item):
        advice_type = get_advice_type(type_id)
        if advice_type is None:
            raise DelibError(
                _(
                    "msg_advice_type_unknown",
                    default='Unknown advice type "${type}": check the '
                    "configuration (ia.delib.advice_types).",
                    mapping={"type": type_id},
                )
            )
        if service_uid(advice_type.service_id) is None:
            raise DelibError(
                _(
                    "msg_advice_service_unknown",
                    default="The advice type ${type} names the service "
                    '"${service}", which is not in the organisation chart.',
                    mapping={
                        "type": advice_type.title,
                        "service": advice_type.service_id,
                    },
                )
            )


def _create(item, advice_type, service, today):
    with api.env.adopt_roles(["Manager"]):
        advice = api.content.create(
            container=item,
            type=ADVICE_TYPE,
            id=advice_id(advice_type.id),
            title=advice_type.title,
            advice_type=advice_type.id,
            asked_on=today,
            due_date=due_date_for(advice_type, today),
            responsible_services=[service],
        )
    # Created by whoever proposed the item: no Owner role on the advice.
    for principal, roles in advice.get_local_roles():
        if "Owner" in roles:
            advice.manage_delLocalRoles([principal])
    advice.reindexObjectSecurity()
    return advice


def sync_advices(item, today=None) -> None:
    """Create the missing requested advices, delete the withdrawn ones
    still under edit; nothing happens before the item is proposed.

    A requested type that the configuration no longer knows is skipped
    (``check_requested`` refuses it before ``propose``)."""
    if api.content.get_state(item, default=None) not in ASKING_STATES:
        return
    today = today or date.today()
    wanted = requested(item)
    existing = {advice.advice_type: advice for advice in advices_of(item)}
    changed = False
    for type_id, advice in existing.items():
        if type_id not in wanted and api.content.get_state(advice) == "under_edit":
            with api.env.adopt_roles(["Manager"]):
                api.content.delete(obj=advice, check_linkintegrity=False)
            changed = True
    for type_id in wanted:
        if type_id in existing:
            continue
        advice_type = get_advice_type(type_id)
        service = service_uid(advice_type.service_id) if advice_type else None
        if service is not None:
            _create(item, advice_type, service, today)
            changed = True
    if changed:
        # The asked services' IaAdviser role changes who may find the item.
        item.reindexObjectSecurity()
