"""``GET /@ia-openapi``: the OpenAPI 3 document of the suite's endpoints."""

from ia.core.openapi.document import document
from ia.core.rest import IaService


class OpenApiGet(IaService):
    def answer(self):
        return document(self.context)
