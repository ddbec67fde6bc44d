"""``POST <item>/@ia-votes``: record the vote of an item; answers the item's
row of the session.

``{"secret": false, "yes": 12, "no": 3, "abstain": 1}`` or
``{"by_voter": {<uid>: "yes" | "no" | "abstain"}}``; ``{"clear": true}``
forgets the vote. ``"urgency": true`` records (or clears) the vote on
the urgency of an item added in urgency instead (CDLD L1122-24,
``ia.delib.session.urgency``): a refused urgency removes the item from the
session.
"""

from ia.delib.session.serialize import one_item_data
from ia.delib.session.services.base import SessionService
from ia.delib.session.urgency import clear_urgency
from ia.delib.session.urgency import vote_urgency
from ia.delib.session.votes import clear_votes
from ia.delib.session.votes import set_votes


class VotesPost(SessionService):
    def act(self, data):
        urgency = data.get("urgency") is True
        vote = {
            "secret": data.get("secret", False),
            "yes": data.get("yes"),
            "no": data.get("no"),
            "abstain": data.get("abstain"),
            "by_voter": data.get("by_voter"),
        }
        if data.get("clear") is True:
            (clear_urgency if urgency else clear_votes)(self.context)
        elif urgency:
            vote_urgency(self.context, **vote)
        else:
            set_votes(self.context, **vote)
        return one_item_data(self.context)
