"""``GET <meeting>/@ia-public-agenda``: the public items of a public meeting."""

from ia.core.rest import IaService
from ia.delib import publication
from ia.delib.publication.services.messages import NOT_PUBLIC
from ia.delib.publication.services.messages import NotPublic


class PublicAgendaGet(IaService):
    def answer(self):
        if not publication.is_public(self.context):
            raise NotPublic(NOT_PUBLIC)
        result = publication.meeting_summary(self.context)
        result["@id"] = f"{self.context.absolute_url()}/@ia-public-agenda"
        result["items"] = publication.public_items(self.context)
        return result
