"""GET ``@ia-handovers``: the hand-overs on offer and their choices."""

from ia.core.handovers import api as handovers
from ia.core.rest import IaService
from zope.i18n import translate


def serialize(offer, context, request) -> dict:
    def text(value):
        return translate(value, context=request) if value else ""

    return {
        "id": offer.id,
        "title": text(offer.title),
        "description": text(offer.description),
        "choices": {
            name: [{"token": value, "title": text(title)} for value, title in values]
            for name, values in (offer.choices(context) or {}).items()
        },
    }


class HandoversGet(IaService):
    def answer(self):
        offers = handovers.available(source=self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-handovers",
            "items": [serialize(offer, self.context, self.request) for offer in offers],
        }
