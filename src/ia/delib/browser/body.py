"""The body page: its meetings by date, the items waiting for a meeting."""

from ia.delib import _
from ia.delib import dates
from ia.delib.browser.rows import state_titles
from ia.delib.dates import brussels
from plone import api
from Products.Five import BrowserView


class BodyView(BrowserView):
    def __call__(self):
        self.states = state_titles("IaDelibMeeting", self.request)
        return self.index()

    def _meetings(self):
        return api.content.find(
            context=self.context, portal_type="IaDelibMeeting", sort_on="start"
        )

    def meetings(self) -> dict:
        """``{"upcoming": [...], "past": [...]}`` rows; past ones newest first."""
        now = dates.now()
        upcoming, past = [], []
        for brain in self._meetings():
            meeting = brain.getObject()
            row = {
                "title": brain.Title,
                "url": brain.getURL(),
                "date": brussels(meeting.start).strftime("%d/%m/%Y %H:%M")
                if meeting.start
                else "",
                "state": brain.review_state,
                "state_title": self.states.get(brain.review_state, brain.review_state),
            }
            (
                upcoming if meeting.start and brussels(meeting.start) >= now else past
            ).append(row)
        past.reverse()
        return {"upcoming": upcoming, "past": past}

    def meeting_groups(self) -> list[dict]:
        meetings = self.meetings()
        return [
            {
                "id": "upcoming",
                "label": _("Upcoming meetings"),
                "rows": meetings["upcoming"],
            },
            {"id": "past", "label": _("Past meetings"), "rows": meetings["past"]},
        ]

    def can_add_meeting(self) -> bool:
        return api.user.has_permission("ia.delib: Add meeting", obj=self.context)

    def can_add_item(self) -> bool:
        return api.user.has_permission("ia.delib: Add item", obj=self.context)

    def waiting_items(self) -> list:
        return api.content.find(
            context=self.context,
            portal_type="IaDelibItem",
            review_state="validated",
            sort_on="created",
        )
