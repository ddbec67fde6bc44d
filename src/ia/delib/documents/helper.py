"""The helper view (``view`` in the templates) of meetings and items.

Registered as ``document_generation_helper_view`` for meetings and items on
the iA.Delib layer, it extends the core's helper (``view.title``,
``view.municipality('name')``, ``view.today()``...) with::

    view.body_title()                  # "Conseil communal"
    view.meeting_day(), view.meeting_hour(), view.meeting_place()
    view.agenda_rows('public')         # [{"number", "title", "item"}], also 'secret'
    view.number()                      # the item's number in its meeting
    do text from view.html('motivation')          # rich text of the item
    view.signatories()                 # [{"name", "function"}]
    view.votes_text()                  # the item's vote as a sentence, or ''
    view.attendees(), view.guests(), view.minutes_rows('public')   # minutes
"""

from ia.core.docgen.dates import format_date
from ia.core.docgen.helper import IaDocumentGenerationHelperView
from ia.delib.documents import data
from ia.delib.documents import minutes
from plone.memoize.view import memoize


class DelibHelperView(IaDocumentGenerationHelperView):
    """Template data of a meeting (convocation, agendas, minutes) or an item
    (extract); the lists only hold items the user may see."""

    @memoize
    def _meeting(self):
        return data.meeting_of(self.real_context)

    @memoize
    def _body(self):
        return data.body_of(self.real_context)

    def body_title(self) -> str:
        body = self._body()
        return body.Title() if body is not None else ""

    def meeting_day(self) -> str:
        return data.meeting_day(self._meeting())

    def meeting_hour(self) -> str:
        return data.meeting_hour(self._meeting())

    def convocation_date(self) -> str:
        """The day the convocation is sent (the meeting's), else today."""
        meeting = self._meeting()
        sent = getattr(meeting, "convocation_date", None) if meeting else None
        return format_date(sent) if sent else self.today()

    def meeting_place(self) -> str:
        meeting = self._meeting()
        return (meeting.place or "") if meeting is not None else ""

    @memoize
    def agenda_rows(self, section) -> list[dict]:
        meeting = self._meeting()
        return data.agenda_rows(meeting, section) if meeting is not None else []

    def number(self):
        """The item's number in the agenda of its meeting ('' when none)."""
        if self._meeting() is None:
            return ""
        return self.real_context.item_number or ""

    def _odt(self, html):
        if not html or self.appy_renderer is None:
            return html
        return self.appy_renderer.renderXhtml(html)

    def html(self, field_name, item=None):
        """A rich text field of ``item`` (default: the context) as ODT."""
        return self._odt(data.html(item or self.real_context, field_name))

    @memoize
    def signatories(self) -> list[dict]:
        return data.signatories(self._body())

    def votes_text(self, item=None) -> str:
        return minutes.votes_text(item or self.real_context)

    @memoize
    def attendees(self) -> list[dict]:
        meeting = self._meeting()
        return minutes.attendee_rows(meeting) if meeting is not None else []

    @memoize
    def guests(self) -> list[str]:
        meeting = self._meeting()
        return minutes.guests(meeting) if meeting is not None else []

    @memoize
    def minutes_rows(self, section) -> list[dict]:
        """The items of a section with their texts (as ODT), attendance
        changes and votes."""
        rows = []
        for row in self.agenda_rows(section):
            item = row["item"]
            rows.append(
                dict(
                    row,
                    motivation=self.html("motivation", item),
                    decision=self.html("decision", item),
                    presence=minutes.presence_text(item),
                    votes=minutes.votes_text(item),
                )
            )
        return rows
