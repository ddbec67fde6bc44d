"""The panel on an item's page: its state and transition buttons, and once
on an agenda its meeting and number; once decided, the attendance, the vote
and the decision — in the page body, not only in the toolbar's menus."""

from ia.delib.documents import minutes
from ia.delib.documents import walloon
from ia.delib.session import attendance
from ia.delib.session.decisions import decision_html
from ia.delib.session.serialize import state_title
from ia.delib.session.store import meeting_of
from ia.delib.workflows import is_decided
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect.utils import addTokenToUrl
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


class ItemPanelViewlet(ViewletBase):
    index = ViewPageTemplateFile("templates/item_panel.pt")

    def update(self):
        super().update()
        item = self.context
        self.state = api.content.get_state(item)
        self.state_title = state_title(self.state)
        self.meeting = meeting_of(item)
        self.decided = self.meeting is not None and is_decided(item)

    def transitions(self) -> list[dict]:
        """The transitions the user may take now, as buttons."""
        wf_tool = api.portal.get_tool("portal_workflow")
        rows = []
        for transition in wf_tool.getTransitionsFor(self.context):
            url = transition.get("url") or (
                f"{self.context.absolute_url()}/content_status_modify"
                f"?workflow_action={transition['id']}"
            )
            rows.append(
                {
                    "id": transition["id"],
                    "title": translate(
                        transition.get("name")
                        or transition.get("title")
                        or transition["id"],
                        domain="ia.delib",
                        context=self.request,
                    ),
                    "url": addTokenToUrl(
                        url % {"content_url": self.context.absolute_url()}
                        if "%(" in url
                        else url
                    ),
                }
            )
        return rows

    def meeting_info(self) -> dict | None:
        meeting = self.meeting
        if meeting is None:
            return None
        visible = api.user.has_permission("View", obj=meeting)
        return {
            "title": meeting.Title(),
            "url": meeting.absolute_url() if visible else None,
            "number": self.context.item_number,
        }

    def attendance_info(self) -> dict:
        """Present, excused and absent members for this item (names)."""
        presents = {a.uid for a in attendance.item_presents(self.context)}
        people = attendance.attendees(self.meeting)
        return {
            "presents": [walloon.person_line(a) for a in people if a.uid in presents],
            "away": [walloon.person_line(a) for a in people if a.uid not in presents],
            "changes": minutes.presence_text(self.context),
        }

    def vote_text(self) -> str:
        return walloon.vote_text(self.context, self.meeting).rstrip(",")

    def urgency_text(self) -> str:
        return walloon.urgency_text(self.context, self.meeting)

    def decision(self) -> str:
        value = getattr(self.context, "decision", None)
        if value is None or not decision_html(self.context):
            return ""
        return value.output_relative_to(self.context) or ""
