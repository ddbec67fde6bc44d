"""The templates folder of a new body, and the recurring items of a new meeting.

A new body gets its folder *Modèles de points* with one recurring template,
the approval of the previous meeting's minutes (CDLD usage: the minutes of a
meeting are approved as the first item of the next one).

A new meeting gets one item per recurring template of its body, in the
folder's order, validated and presented by the system at the head of the
agenda. The minutes-approval item names the previous meeting's date; a
meeting without a previous meeting gets none.
"""

from ia.core.naming import new_id
from ia.delib import agenda
from ia.delib.api import present_item
from ia.delib.dates import brussels
from ia.delib.templates.api import item_fields
from ia.delib.templates.api import templates
from ia.delib.templates.content import FOLDER_ID
from ia.delib.templates.content import FOLDER_TITLE
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer


MINUTES_TEMPLATE_ID = "approbation-proces-verbal"
MINUTES_TEMPLATE_TITLE = "Approbation du procès-verbal de la séance précédente"
MINUTES_TITLE = "Approbation du procès-verbal de la séance du {date}"
MINUTES_DECISION = "<p>Le procès-verbal de la séance du {date} est approuvé.</p>"
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# From created to validated, as the system: the first one available wins.
TO_VALIDATED = ("validate", "propose_n3", "propose_n2", "propose")


def french_date(day) -> str:
    """``12 octobre 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def create_templates_folder(body, event=None):
    """Give ``body`` its templates folder and the minutes-approval template
    (kept when the body already has a folder, e.g. a copied body)."""
    if FOLDER_ID in body.objectIds():
        return
    with api.env.adopt_roles(["Manager"]):
        folder = createContentInContainer(
            body,
            "IaDelibItemTemplates",
            id=FOLDER_ID,
            title=FOLDER_TITLE,
            checkConstraints=False,
        )
        createContentInContainer(
            folder,
            "IaDelibItemTemplate",
            id=MINUTES_TEMPLATE_ID,
            title=MINUTES_TEMPLATE_TITLE,
            recurring=True,
            minutes_approval=True,
            decision=RichTextValue(
                MINUTES_DECISION.format(date="…"), "text/html", "text/x-html-safe"
            ),
            checkConstraints=False,
        )


def _naive(moment):
    """A comparable datetime: the Brussels wall-clock time, naive."""
    return brussels(moment).replace(tzinfo=None)


def previous_meeting(meeting):
    """The meeting of the same body that starts last before ``meeting``."""
    if not meeting.start:
        return None
    start = _naive(meeting.start)
    body = meeting.aq_parent
    uid = api.content.get_uuid(meeting)
    earlier = [
        brain._unrestrictedGetObject()
        for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
            portal_type="IaDelibMeeting",
            path={"query": "/".join(body.getPhysicalPath()), "depth": 1},
        )
        if brain.UID != uid
    ]
    earlier = [m for m in earlier if m.start and _naive(m.start) < start]
    return max(earlier, key=lambda m: _naive(m.start)) if earlier else None


def _validate(item) -> None:
    wf_tool = api.portal.get_tool("portal_workflow")
    while api.content.get_state(item) != "validated":
        available = {t["id"] for t in wf_tool.getTransitionsFor(item)}
        transition = next((t for t in TO_VALIDATED if t in available), None)
        if transition is None:
            return
        wf_tool.doActionFor(item, transition)


def recurring_item(meeting, template, previous):
    """The item of ``template`` for ``meeting`` (created, not yet presented),
    or None for a minutes approval without a previous meeting."""
    fields = item_fields(template)
    if template.minutes_approval:
        if previous is None:
            return None
        day = french_date(_naive(previous.start))
        fields["title"] = MINUTES_TITLE.format(date=day)
        fields["decision"] = RichTextValue(
            MINUTES_DECISION.format(date=day), "text/html", "text/x-html-safe"
        )
    services = [template.proposing_service] if template.proposing_service else []
    return api.content.create(
        container=meeting.aq_parent,
        type="IaDelibItem",
        id=new_id(meeting.aq_parent, fields.get("title"), "point"),
        responsible_services=services,
        **fields,
    )


def add_recurring_items(meeting, event=None):
    """Add, validate and present the recurring items at the head of the agenda."""
    body = meeting.aq_parent
    recurring = [t for t in templates(body) if t.recurring]
    if not recurring:
        return
    previous = previous_meeting(meeting)
    position = 0
    with api.env.adopt_roles(["Manager"]):
        for template in recurring:
            item = recurring_item(meeting, template, previous)
            if item is None:
                continue
            item.recurring_template = api.content.get_uuid(template)
            _validate(item)
            present_item(item, meeting)
            position += 1
            agenda.move(meeting, item, position)
