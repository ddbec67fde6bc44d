"""``POST <meeting>/@ia-agenda`` ``{"item": <uid>, "position": <n>}``: move an
item of the agenda to number ``n`` (within its section); answers the agenda."""

from ia.delib import _
from ia.delib.api import move_item
from ia.delib.errors import DelibError
from ia.delib.services.agenda.get import serialize_agenda
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides
import transaction


class AgendaMove(Service):
    def error(self, status, message):  # noqa: D102
        transaction.doom()
        self.request.response.setStatus(status)
        return {
            "error": {
                "type": "BadRequest",
                "message": translate(message, context=self.request),
            }
        }

    def reply(self):
        # A JSON API call (authenticated by header), as plone.restapi's own
        # POST services: no CSRF token to check.
        alsoProvides(self.request, IDisableCSRFProtection)
        data = json_body(self.request)
        uid, position = data.get("item"), data.get("position")
        item = api.content.get(UID=uid) if isinstance(uid, str) else None
        if item is None or item.portal_type != "IaDelibItem":
            return self.error(
                400,
                _(
                    "msg_unknown_item",
                    default="Unknown item: ${uid}",
                    mapping={"uid": str(uid)},
                ),
            )
        try:
            move_item(self.context, item, position)
        except DelibError as exc:
            return self.error(400, exc.message)
        return serialize_agenda(self.context)
