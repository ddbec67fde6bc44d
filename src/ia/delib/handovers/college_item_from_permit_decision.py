"""The college's decision on an item, told to the core (``DecisionTaken``).

When an item is accepted (possibly modified) or refused, the core event
``ia.core.decisions.DecisionTaken`` is notified on it with the meeting's
day and the decision text; the products whose documents gave rise to the
item (a permit: :mod:`.college_item_from_permit`) subscribe to it. Other
decisions (delay, postpone, remove) decide nothing on the document.
"""

from datetime import date
from ia.core.decisions import ACCEPTED
from ia.core.decisions import REFUSED
from ia.core.decisions import DecisionTaken
from ia.delib.session.store import meeting_of
from zope.event import notify


RESULTS = {"accept": ACCEPTED, "accept_modified": ACCEPTED, "refuse": REFUSED}


def on_item_transition(item, event):
    transition = getattr(event, "transition", None)
    result = RESULTS.get(getattr(transition, "id", None))
    if result is None:
        return
    meeting = meeting_of(item)
    day = (meeting.date if meeting is not None else None) or date.today()
    decision = getattr(item, "decision", None)
    notify(
        DecisionTaken(
            item,
            result,
            day,
            text=decision.raw if decision is not None else "",
            transition=transition.id,
        )
    )
