"""Put many items on a meeting's agenda at once, in the order given, with
their category and urgency::

    from ia.delib.bulk import put_on_agenda
    put_on_agenda(meeting, [
        {"item": <UID>, "category": "finances"},
        {"item": <UID>, "urgency": True},          # added in urgency (L1122-24)
    ])

Each item is taken to *validated* when the user may (propose, validate),
gets its category and list (``emergency`` for an urgency), is presented to
the meeting; then the agenda follows the order of the list within each
section. All or nothing: a refusal (a ``DelibError`` naming the line) rolls
every change of the call back.
"""

from ia.delib import _
from ia.delib import agenda
from ia.delib.agenda import unrestricted_get
from ia.delib.api import move_item
from ia.delib.api import present_item
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from plone import api
import transaction


# Transitions that bring an item towards "validated", in the order tried.
TOWARDS_VALIDATED = ("propose", "propose_n2", "propose_n3", "validate")
MAX_ITEMS = 200


def _line_error(number, message) -> DelibError:
    return DelibError(
        _(
            "msg_bulk_line",
            default="Line ${number}: ${message}",
            mapping={"number": number, "message": message},
        )
    )


def _validate(item) -> None:
    wf_tool = api.portal.get_tool("portal_workflow")
    for _step in range(len(TOWARDS_VALIDATED)):
        if api.content.get_state(item) == "validated":
            return
        available = {t["id"] for t in wf_tool.getTransitionsFor(item)}
        step = next((t for t in TOWARDS_VALIDATED if t in available), None)
        if step is None:
            break
        wf_tool.doActionFor(item, step)
    if api.content.get_state(item) != "validated":
        raise DelibError(_("The item is not validated and you may not validate it."))


def _entry(meeting, entry, categories) -> tuple:
    if not isinstance(entry, dict):
        raise DelibError(_('Each line is an object {"item": <UID>, ...}.'))
    item = unrestricted_get(entry.get("item"))
    if item is None or item.portal_type != "IaDelibItem":
        raise DelibError(_("Unknown item."))
    if not api.user.has_permission("View", obj=item):
        raise DelibError(_("Unknown item."))
    if body_of(item) != body_of(meeting):
        raise DelibError(_("The meeting does not belong to the item's body."))
    category = entry.get("category")
    if category and category not in categories:
        raise DelibError(
            _(
                "msg_unknown_category",
                default="Unknown category ${category}.",
                mapping={"category": str(category)},
            )
        )
    urgency = entry.get("urgency", False)
    if not isinstance(urgency, bool):
        raise DelibError(_("Say whether the item is urgent (true or false)."))
    return item, category, urgency


def _check(meeting, entries) -> None:
    if not api.user.has_permission("Modify portal content", obj=meeting):
        raise DelibError(_("You may not change the agenda of this meeting."))
    if not isinstance(entries, list) or not entries:
        raise DelibError(_("Give the list of the items to put on the agenda."))
    if len(entries) > MAX_ITEMS:
        raise DelibError(_("Too many items at once."))


def _put(meeting, entry, categories, presented):
    item, category, urgency = _entry(meeting, entry, categories)
    if item in presented:
        raise DelibError(_("The item is twice in the list."))
    if category:
        item.category = category
    if urgency:
        item.list_type = "emergency"
    if item.meeting_uid != api.content.get_uuid(meeting):
        _validate(item)
        present_item(item, meeting)
    return item


def put_on_agenda(meeting, entries) -> list:
    """Present ``entries`` to ``meeting`` (see the module); the items, in
    agenda order."""
    _check(meeting, entries)
    categories = dict(parse_categories(getattr(body_of(meeting), "categories", None)))
    savepoint = transaction.savepoint()
    presented = []
    try:
        for number, entry in enumerate(entries, start=1):
            try:
                presented.append(_put(meeting, entry, categories, presented))
            except DelibError as exc:
                raise _line_error(number, exc.message) from exc
        _order(meeting, presented)
    except Exception:
        savepoint.rollback()
        raise
    for item in presented:
        item.reindexObject()
    return [i for i in agenda.items(meeting) if i in presented]


def _order(meeting, items) -> None:
    """The given items in the list's order within each agenda section."""
    by_section = {}
    for item in items:
        by_section.setdefault(agenda.section(item), []).append(item)
    for section_items in by_section.values():
        own = agenda.items(meeting)
        first = min(own.index(i) for i in section_items) + 1
        for offset, item in enumerate(section_items):
            move_item(meeting, item, first + offset)
