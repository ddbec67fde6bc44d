"""``GET /@ia-urban-inquiries`` (public): ``{"items": [notice...]}``."""

from ia.core.rest import IaService
from ia.urban.publication import running_inquiries


class InquiriesGet(IaService):
    def answer(self):
        return {"items": running_inquiries()}
