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

and the Walloon minutes and extract (``ia.delib.documents.walloon``)::

    view.pv_attendance()      # {"presents", "excused", "absents"}: lines
    view.presiding_text(), view.opening_text(), view.closing_text()
    view.pv_sections()        # [{"heading", "rows": [{"number", "title",
                              #   "heading", "intro", "urgency", "motivation",
                              #   "presence", "vote", "verb", "decision"}]}]
    view.pv_signature(0, 'role')   # the DG (0) and who presides (1)
    view.extract_row()        # the item's row, as in the minutes
"""

from ia.core.docgen.dates import format_date
from ia.core.docgen.helper import IaDocumentGenerationHelperView
from ia.delib.documents import data
from ia.delib.documents import minutes
from ia.delib.documents import walloon
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

    # -- the Walloon minutes and extract --------------------------------
    @memoize
    def pv_attendance(self) -> dict:
        meeting = self._meeting()
        if meeting is None:
            return {"presents": [], "excused": [], "absents": []}
        return walloon.attendance_groups(meeting)

    def presiding_text(self) -> str:
        meeting = self._meeting()
        chair = walloon.presiding(meeting) if meeting is not None else None
        return f"Présidence : {walloon.person_line(chair)}." if chair else ""

    def opening_text(self) -> str:
        meeting = self._meeting()
        if meeting is None or meeting.start is None:
            return ""
        return f"La séance est ouverte à {walloon.hour(meeting.start)}."

    def closing_text(self) -> str:
        meeting = self._meeting()
        if meeting is None or meeting.end is None:
            return ""
        return f"La séance est levée à {walloon.hour(meeting.end)}."

    def _full_row(self, row) -> dict:
        item = row["item"]
        return dict(
            row,
            motivation=self.html("motivation", item),
            decision=self.html("decision", item),
            presence=minutes.presence_text(item),
        )

    @memoize
    def pv_sections(self) -> list[dict]:
        meeting = self._meeting()
        if meeting is None:
            return []
        return [
            dict(section, rows=[self._full_row(row) for row in section["rows"]])
            for section in walloon.pv_sections(meeting)
        ]

    @memoize
    def _signatures(self) -> list[dict]:
        meeting = self._meeting()
        return walloon.signature_lines(meeting) if meeting is not None else []

    def pv_signature(self, index, key) -> str:
        rows = self._signatures()
        return rows[index][key] if index < len(rows) else ""

    @memoize
    def extract_row(self) -> dict:
        """The context item's row of the minutes (its number there)."""
        meeting = self._meeting()
        item = self.real_context
        if meeting is not None:
            for section in walloon.pv_sections(meeting):
                for row in section["rows"]:
                    if row["item"].UID() == item.UID():
                        return self._full_row(row)
        # not (yet) on an agenda: its own texts, without number nor vote
        verb = walloon.outcome(item)["verb"] if data.html(item, "decision") else ""
        row = {"item": item, "number": "", "intro": "", "urgency": "", "vote": ""}
        return self._full_row(dict(row, verb=verb, closed=False))

    @memoize
    def agenda_sections(self, public_only=False) -> list[dict]:
        """The sections of the minutes without the texts (convocation,
        agenda); ``public_only``: without the closed session."""
        meeting = self._meeting()
        if meeting is None:
            return []
        return [
            section
            for section in walloon.pv_sections(meeting)
            if not (public_only and section["key"] == "secret")
        ]
