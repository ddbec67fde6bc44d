"""``POST <meeting>/@ia-agenda`` ``{"item": <uid>, "position": <n>}``: move an
item of the agenda to number ``n`` (within its section); answers the agenda."""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib.api import move_item
from ia.delib.errors import DelibError
from ia.delib.services.agenda.get import serialize_agenda
from plone import api


class AgendaMove(IaService):
    def answer(self):
        data = self.body()
        uid, position = data.get("item"), data.get("position")
        item = api.content.get(UID=uid) if isinstance(uid, str) else None
        if item is None or item.portal_type != "IaDelibItem":
            raise DelibError(
                _(
                    "msg_unknown_item",
                    default="Unknown item: ${uid}",
                    mapping={"uid": str(uid)},
                )
            )
        move_item(self.context, item, position)
        return serialize_agenda(self.context)
