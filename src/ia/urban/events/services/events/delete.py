"""``DELETE <file>/@ia-urban-events/<event id>``: remove an event entered
by mistake (204); an unknown id is a 400."""

from ia.core.rest import PathService
from ia.urban import _
from ia.urban.errors import UrbanError
from ia.urban.events.api import remove_event
from ia.urban.events.services.events.modify import check_modify


class EventsDelete(PathService):
    def answer(self):
        check_modify(self.context)
        if len(self.params) != 1:
            raise UrbanError(
                _("msg_urban_event_id", default="Give the event's id in the path.")
            )
        remove_event(self.context, self.params[0])
        return self.reply_no_content()
