"""``GET <file>/@ia-urban-events``: the timeline and every deadline
(``{"items": [event...], "deadlines": [{rule, title, date, explanation,
open, late...}]}``)."""

from ia.core.rest import IaService
from ia.urban.events.serialize import timeline


class EventsGet(IaService):
    def answer(self):
        return timeline(self.context, self.request)
