"""``GET <meeting>/@ia-convocation``: ``{"convocation_date", "deadline",
"delay", "sent", "late", "message"}`` (dates ``YYYY-MM-DD``, ``null`` when
unset or unchecked)."""

from ia.core.rest import IaService
from ia.delib.documents import convocation


class ConvocationGet(IaService):
    def answer(self):
        data = convocation.status(self.context)
        data["@id"] = f"{self.context.absolute_url()}/@ia-convocation"
        return data
