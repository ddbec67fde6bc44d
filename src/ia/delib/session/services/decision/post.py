"""``POST <item>/@ia-decision`` ``{"transition": "accept_modified",
"decision": "<p>...</p>"}``: adjust the decision text (optional) and take
the decision; answers the item's row of the session."""

from ia.delib.session.decisions import decide
from ia.delib.session.serialize import one_item_data
from ia.delib.session.services.base import SessionService


class DecisionPost(SessionService):
    def act(self, data):
        decide(self.context, data.get("transition"), data.get("decision"))
        return one_item_data(self.context)
