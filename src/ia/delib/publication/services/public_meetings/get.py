"""``GET <body>/@ia-public-meetings`` and ``GET <site>/@ia-public-meetings``:
the public meetings by year."""

from ia.core.rest import IaService
from ia.delib import publication
from ia.delib.publication.services.messages import BODY_NOT_PUBLIC
from ia.delib.publication.services.messages import NotPublic
from ia.delib.publication.services.messages import meetings_by_year


class BodyPublicMeetingsGet(IaService):
    def answer(self):
        if not publication.meetings_are_public(self.context):
            raise NotPublic(BODY_NOT_PUBLIC)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-public-meetings",
            "title": self.context.Title(),
            "years": meetings_by_year(publication.public_meetings(self.context)),
        }


class SitePublicMeetingsGet(IaService):
    def answer(self):
        return {
            "@id": f"{self.context.absolute_url()}/@ia-public-meetings",
            "years": meetings_by_year(publication.all_public_meetings()),
        }
