"""Items and meetings of the demo, taken through the product's own APIs
(present, freeze, votes, decisions, convocation) so that states agree."""

from datetime import datetime
from datetime import time
from datetime import timedelta
from ia.core.handovers import api as handovers
from ia.delib import api as delib
from ia.delib.advices.asking import advices_of
from ia.delib.advices.config import service_uid
from ia.delib.documents import convocation
from ia.delib.handovers.council_item import HANDOVER as TO_COUNCIL
from ia.delib.session import attendance
from ia.delib.session import decisions
from ia.delib.session import votes
from plone import api
from plone.app.textfield.value import RichTextValue


MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre"
).split()

# The transitions that take an item from created to validated, tried in order.
TO_VALIDATED = ("validate", "propose_n3", "propose_n2", "propose")


def french_day(day) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _html(text: str):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def _transitions(obj) -> set:
    wf_tool = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in wf_tool.getTransitionsFor(obj)}


def create_item(body, data):
    """The item ``data["key"]`` of ``body`` (state *created*), or the
    existing one."""
    if data["key"] in body.objectIds():
        return body[data["key"]]
    service = service_uid(data["service"])
    fields = {
        "category": data["category"],
        "motivation": _html(data["motivation"]),
        "privacy": "secret" if data.get("secret") else "public",
        "responsible_services": [service] if service else [],
    }
    if data.get("decision"):
        fields["decision"] = _html(data["decision"])
    if data.get("budget"):
        fields.update(budget_impact=True, budget_impact_text=data["budget"])
    if data.get("advice"):
        fields["advices_requested"] = ["finance"]
    return api.content.create(
        container=body,
        type="IaDelibItem",
        id=data["key"],
        title=data["title"],
        **fields,
    )


def propose(item) -> None:
    if "propose" in _transitions(item):
        api.content.transition(obj=item, transition="propose")


def give_advices(item) -> None:
    """Give the item's advices under edit (the financial director's)."""
    for advice in advices_of(item):
        if api.content.get_state(advice) != "under_edit":
            continue
        advice.advice_value = "positive"
        advice.text = _html(
            "<p>Avis favorable : les crédits sont disponibles et l'impact "
            "budgétaire est correctement estimé.</p>"
        )
        api.content.transition(obj=advice, transition="give")


def validate(item) -> None:
    """Take ``item`` to *validated*, level after level, giving its advices
    once it is proposed."""
    for _step in range(6):
        if api.content.get_state(item) == "validated":
            return
        available = _transitions(item)
        transition = next((t for t in TO_VALIDATED if t in available), None)
        if transition is None:
            raise RuntimeError(
                f"Demo item {item.getId()} cannot be validated from "
                f"{api.content.get_state(item)}"
            )
        api.content.transition(obj=item, transition=transition)
        give_advices(item)


def create_meeting(body, day, hour, place):
    """The meeting of ``body`` on ``day`` (id ``seance-<date>``), created
    if missing; returns ``(meeting, created)``."""
    meeting_id = f"seance-{day.isoformat()}"
    if meeting_id in body.objectIds():
        return body[meeting_id], False
    start = datetime.combine(day, time(hour, 0))
    meeting = api.content.create(
        container=body,
        type="IaDelibMeeting",
        id=meeting_id,
        title=f"{body.Title()} du {french_day(day)}",
        start=start,
        end=start + timedelta(hours=3),
        place=place,
        session_type="ordinary",
    )
    return meeting, True


def present_all(meeting, body, items_data) -> list:
    items = []
    for data in items_data:
        item = create_item(body, data)
        validate(item)
        delib.present_item(item, meeting)
        items.append(item)
    return items


def _vote(item, vote) -> None:
    voters = attendance.item_voters(item)
    if vote == "secret":
        votes.set_votes(item, secret=True, yes=len(voters) - 1, no=1, abstain=0)
    elif vote:
        yes, no, abstain = vote
        # as many votes as the voting members present, at most (the DG
        # and the guests do not vote)
        yes = min(yes, len(voters) - no - abstain)
        votes.set_votes(item, yes=yes, no=no, abstain=abstain)
    else:
        votes.set_votes(item, yes=len(voters), no=0, abstain=0)


def decide_all(meeting, by_key) -> None:
    """Vote and decide every item of the agenda (``by_key``: the items'
    data by id; an item without data, e.g. the minutes' approval, is
    adopted unanimously)."""
    for item in delib.agenda(meeting):
        data = by_key.get(item.getId(), {})
        _vote(item, data.get("vote"))
        decisions.decide(item, data.get("outcome", "accept"))


def transition(obj, *names) -> None:
    for name in names:
        api.content.transition(obj=obj, transition=name)


def send_convocation(meeting, day) -> None:
    convocation.send(meeting, day)


def sent_to_council(item):
    """The council item made from the college ``item``, or None."""
    done = handovers.done(source=item, handover=TO_COUNCIL.id)
    return done[0] if done else None


def to_council(items, council) -> list:
    """Send the college items marked ``to_council`` (decided) to the council
    (the hand-over ``ia.delib.council_item_from_college_item``)."""
    sent = []
    for item, data in items:
        if data.get("to_council") and sent_to_council(item) is None:
            sent.append(
                handovers.hand_over(
                    source=item, handover=TO_COUNCIL.id, body=council.UID()
                )
            )
    return sent
