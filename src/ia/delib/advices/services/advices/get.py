"""``GET <item>/@ia-advices``: the advices of an item the user may see.

Giving an advice goes through the standard endpoints: ``PATCH <advice>``
``{"advice_value": "positive", "text": ...}`` then
``POST <advice>/@workflow/give`` (400 with a message without a value).
"""

from ia.core.rest import IaService
from ia.delib.advices.listing import advice_rows


class AdvicesGet(IaService):
    def answer(self):
        return {
            "@id": f"{self.context.absolute_url()}/@ia-advices",
            "items": advice_rows(self.context, self.request),
        }
