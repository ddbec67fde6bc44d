"""``POST <meeting>/@ia-agenda-bulk``: put many items on the agenda at once
(``ia.delib.bulk``); answers the agenda (as ``GET @ia-agenda``)::

    {"items": [{"item": <UID>, "category": "finances", "urgency": false}, ...]}

All or nothing: a refused line answers 400 naming the line, and no item
has changed.
"""

from ia.core.rest import IaService
from ia.delib.bulk import put_on_agenda
from ia.delib.services.agenda.get import serialize_agenda


class AgendaBulk(IaService):
    def answer(self):
        put_on_agenda(self.context, self.body().get("items"))
        return serialize_agenda(self.context)
