"""*Envoyer au conseil*: a council item made from an item the college
accepted.

The new item lives in the council (state ``created``, numbered as usual)
with the same proposing and copy services, title, texts (the decision as a
draft), privacy, budget impact, the category if the council has it, and the
annexes except the confidential ones. Link: ``ia.gave_rise_to`` college
item → council item, once.
"""

from copy import deepcopy
from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.naming import new_id
from ia.core.orgchart.storage import stored_value
from ia.delib import _
from ia.delib.content.body import parse_categories
from ia.delib.content.item import IIaDelibItem
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from ia.delib.handovers import bodies
from ia.delib.workflows import is_accepted
from plone import api


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


def councils() -> list:
    return [body for body in bodies.all_bodies() if body.body_kind == "council"]


def _only_council(found):
    if not found:
        raise DelibError(_("There is no council to send the item to."))
    if len(found) > 1:
        raise DelibError(_("There are several councils: choose one."))
    return found[0]


def may_send(item) -> bool:
    """The current user holds a role that may send ``item``."""
    user = api.user.get_current()
    return bool(SENDER_ROLES & set(user.getRolesInContext(item)))


def _copy_annexes(source, target) -> None:
    for annex in source.objectValues():
        if annex.portal_type == "IaAttachment" and not getattr(
            annex, "confidential", False
        ):
            api.content.copy(source=annex, target=target, safe_id=True)


def _fields(item, council) -> dict:
    fields = {name: deepcopy(getattr(item, name, None)) for name in COPIED_FIELDS}
    fields = {name: value for name, value in fields.items() if value is not None}
    known = {token for token, _title in parse_categories(council.categories)}
    if item.category and item.category in known:
        fields["category"] = item.category
    return fields


class CouncilItemFromCollegeItem(Handover):
    id = "ia.delib.council_item_from_college_item"
    title = _("Send to the council")
    description = _(
        "A new item is created in the council with the texts, the services and "
        "the annexes (except the confidential ones) of this item."
    )
    profile = "ia.delib:default"
    link_kind = "ia.gave_rise_to"
    link_from_target = False
    once = True
    option_titles = {"body": _("Council")}

    def applies_to(self, source) -> bool:
        if not IIaDelibItem.providedBy(source):
            return False
        body = body_of(source)
        return body is not None and body.body_kind == "college"

    def check(self, source, body=None, **options) -> None:
        if not self.applies_to(source):
            raise DelibError(
                _("Only an item of the college may be sent to the council.")
            )
        if not is_accepted(source):
            raise DelibError(
                _(
                    "Only an item accepted by the college (possibly with "
                    "modifications) may be sent to the council."
                )
            )
        if not may_send(source):
            raise HandoverForbidden(
                _(
                    "Only the proposing service or the meeting managers may send "
                    "this item to the council."
                )
            )
        if body is not None and not isinstance(body, str):
            raise DelibError(_("The body must be a council UID."))

    def choices(self, source) -> dict:
        return {"body": bodies.as_choices(councils())}

    def perform(self, source, body=None, **options):
        found = councils()
        if body:
            council = bodies.pick(found, body, default=_only_council)
        else:
            council = _only_council(found)
        with api.env.adopt_roles(["Manager"]):
            new = api.content.create(
                container=council,
                type="IaDelibItem",
                id=new_id(council, source.Title(), "point"),
                title=source.Title(),
                responsible_services=list(
                    stored_value(source, "responsible_services") or ()
                ),
                copy_services=list(stored_value(source, "copy_services") or ()),
                **_fields(source, council),
            )
            _copy_annexes(source, new)
        return new


HANDOVER = CouncilItemFromCollegeItem()
