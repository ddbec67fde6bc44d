"""The citizens' pages, computed by ``ia.delib.publication`` only.

Registered with the public permission: anonymous visitors hold no View on
meetings or items; each page checks that what it shows is public and answers
404 otherwise.
"""

from ia.delib import publication
from Products.Five import BrowserView
from zExceptions import NotFound


class PublicAgendaView(BrowserView):
    """``@@ia-public-agenda`` on a meeting."""

    def __call__(self):
        if not publication.is_public(self.context):
            raise NotFound("ia-public-agenda")
        self.meeting = publication.meeting_summary(self.context)
        self.items = publication.public_items(self.context)
        return self.index()


class BodyPublicMeetingsView(BrowserView):
    """``@@ia-public-meetings`` on a body."""

    def __call__(self):
        if not publication.meetings_are_public(self.context):
            raise NotFound("ia-public-meetings")
        self.years = self._years(publication.public_meetings(self.context))
        return self.index()

    @staticmethod
    def _years(meetings):
        return [
            {
                "year": group["year"],
                "meetings": [publication.meeting_summary(m) for m in group["meetings"]],
            }
            for group in publication.by_year(meetings)
        ]


class SitePublicMeetingsView(BodyPublicMeetingsView):
    """``@@ia-seances-publiques`` on the site: every public body, by year."""

    def __call__(self):
        self.years = self._years(publication.all_public_meetings())
        return self.index()
