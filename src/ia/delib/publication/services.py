"""Anonymous REST of the public projection (GET only).

``GET <meeting>/@ia-public-agenda``, ``GET <body>/@ia-public-meetings`` and
``GET <site>/@ia-public-meetings`` answer what ``ia.delib.publication``
computes; a meeting that is not public (not published yet, or of a body
whose meetings are not public) answers 404, as if it did not exist.
"""

from ia.core.rest import IaService
from ia.delib import _
from ia.delib import publication


NOT_PUBLIC = _("This meeting is not public.")
BODY_NOT_PUBLIC = _("The meetings of this body are not public.")


def _meetings(request, meetings) -> list[dict]:
    return [
        {
            "year": group["year"],
            "meetings": [publication.meeting_summary(m) for m in group["meetings"]],
        }
        for group in publication.by_year(meetings)
    ]


class PublicAgendaGet(IaService):
    def reply(self):
        if not publication.is_public(self.context):
            return self.error(404, NOT_PUBLIC)
        result = publication.meeting_summary(self.context)
        result["@id"] = f"{self.context.absolute_url()}/@ia-public-agenda"
        result["items"] = publication.public_items(self.context)
        return result


class BodyPublicMeetingsGet(IaService):
    def reply(self):
        if not publication.meetings_are_public(self.context):
            return self.error(404, BODY_NOT_PUBLIC)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-public-meetings",
            "title": self.context.Title(),
            "years": _meetings(self.request, publication.public_meetings(self.context)),
        }


class SitePublicMeetingsGet(IaService):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@ia-public-meetings",
            "years": _meetings(self.request, publication.all_public_meetings()),
        }
