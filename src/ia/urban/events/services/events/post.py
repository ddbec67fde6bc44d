"""``POST <file>/@ia-urban-events`` ``{"kind", "date", "comment", <fields>}``:
record an event (201 with it and the new deadlines); a bad kind, date or
field is a translated 400, nothing stored."""

from ia.core.rest import IaService
from ia.urban.events.api import add_event
from ia.urban.events.serialize import describe_event
from ia.urban.events.serialize import timeline
from ia.urban.events.services.events.modify import check_modify


class EventsPost(IaService):
    def answer(self):
        check_modify(self.context)
        body = self.body()
        kind = self.field(body, "kind", str, required=True, max_length=40)
        day = self.field(body, "date", str, max_length=10)
        comment = self.field(body, "comment", str, default="", max_length=5000)
        fields = {
            key: value
            for key, value in body.items()
            if key not in ("kind", "date", "comment")
        }
        event = add_event(self.context, kind, day, comment, **fields)
        self.request.response.setStatus(201)
        answer = timeline(self.context, self.request)
        answer["event"] = describe_event(event, self.request)
        return answer
