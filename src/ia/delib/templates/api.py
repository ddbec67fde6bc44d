"""Items made from a body's templates.

::

    from ia.delib.templates import api as templates

    templates.templates_folder(body)              # the "Modèles de points" folder
    templates.usable_templates(body, userid)      # the ones his services may use
    templates.item_from_template(body, template)  # a new item (state created)
"""

from copy import deepcopy
from ia.core.naming import new_id
from ia.core.orgchart import api as orgchart
from ia.delib import _
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from ia.delib.templates.content import FOLDER_ID
from plone import api


ITEM_TYPE = "IaDelibItem"
TEMPLATE_TYPE = "IaDelibItemTemplate"
# The functions that write items (their roles edit a created item).
WRITING_FUNCTIONS = ("encoder", "editor", "manager")


def templates_folder(body):
    """The body's folder of templates, or None."""
    return body.get(FOLDER_ID) if body is not None else None


def templates(body) -> list:
    """The templates of ``body`` in the folder's order."""
    folder = templates_folder(body)
    if folder is None:
        return []
    return [obj for obj in folder.objectValues() if obj.portal_type == TEMPLATE_TYPE]


def writing_services(userid) -> list[str]:
    """UIDs of the services where ``userid`` may write an item."""
    return orgchart.services_of_user(userid, functions=WRITING_FUNCTIONS)


def services_for_template(template, userid) -> list[str]:
    """The user's writing services allowed to use ``template``."""
    mine = writing_services(userid)
    allowed = set(template.allowed_services or ())
    return [uid for uid in mine if not allowed or uid in allowed]


def usable_templates(body, userid) -> list:
    """The templates of ``body`` that one of the user's services may use
    (not the minutes approval, which the system adds to each meeting)."""
    return [
        t
        for t in templates(body)
        if not t.minutes_approval and services_for_template(t, userid)
    ]


def find_template(body, uid):
    """The template ``uid`` of ``body``; ``DelibError`` when it is not one."""
    template = api.content.get(UID=uid) if isinstance(uid, str) and uid else None
    if (
        template is None
        or template.portal_type != TEMPLATE_TYPE
        or body_of(template) != body
    ):
        raise DelibError(
            _(
                "msg_unknown_template",
                default="There is no item template ${uid} in this body.",
                mapping={"uid": str(uid)},
            )
        )
    return template


def item_fields(template) -> dict:
    """The fields a new item takes from ``template`` (category only if the
    body still has it)."""
    body = body_of(template)
    fields = {
        "title": template.title,
        "privacy": template.privacy or "public",
        "list_type": template.list_type or "normal",
    }
    for name in ("motivation", "decision"):
        value = getattr(template, name, None)
        if value is not None:
            fields[name] = deepcopy(value)
    known = {token for token, _title in parse_categories(body.categories)}
    if template.category and template.category in known:
        fields["category"] = template.category
    return fields


def item_from_template(body, template, service=None):
    """A new item of ``body`` (state created, numbered) made from ``template``
    for ``service`` (default: the user's first service allowed to use it).

    Refused with a ``DelibError`` (nothing created) when the user may not
    add items to the body or holds no writing function in an allowed service.
    """
    if not api.user.has_permission("ia.delib: Add item", obj=body):
        raise DelibError(_("You may not add items to this body."))
    if template.minutes_approval:
        raise DelibError(
            _("The approval of the minutes is added to each new meeting by the system.")
        )
    userid = api.user.get_current().getId()
    candidates = services_for_template(template, userid)
    if not candidates:
        raise DelibError(
            _(
                "msg_template_no_service",
                default="None of your services may use the template ${template}.",
                mapping={"template": template.title},
            )
        )
    if service is None:
        service = candidates[0]
    elif service not in candidates:
        raise DelibError(
            _(
                "msg_template_bad_service",
                default="The service ${service} may not use this template, "
                "or you hold no function in it.",
                mapping={"service": str(service)},
            )
        )
    fields = item_fields(template)
    return api.content.create(
        container=body,
        type=ITEM_TYPE,
        id=new_id(body, fields.get("title"), "point"),
        responsible_services=[service],
        **fields,
    )
