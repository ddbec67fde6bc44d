"""The meeting page: facts, the agenda by section, reordering and presenting.

Complete without JavaScript: each row has "monter"/"descendre" buttons and a
position field (form POSTs to ``@@ia-agenda-move``); ``static/agenda.js``
adds drag and drop over the ``@ia-agenda`` REST endpoint. Validated items of
the body wait below with a "Présenter" button (``@@ia-present-item``).
"""

from ia.core.views.action_form import ActionFormView
from ia.delib import _
from ia.delib.api import move_item
from ia.delib.api import present_item
from ia.delib.browser.rows import agenda_rows
from ia.delib.browser.rows import state_titles
from ia.delib.bulk import put_on_agenda
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from ia.delib.dates import brussels
from ia.delib.errors import DelibError
from ia.delib.workflows import accepts_items
from plone import api
from Products.Five import BrowserView
from zExceptions import BadRequest
from zope.i18n import translate


SECTIONS = (
    ("public", _("Items in public session")),
    ("secret", _("Items in closed session")),
)
LISTS = ((0, _("Items")), (1, _("Late and emergency items")))
ROW_LABELS = {
    "up": _("monter"),
    "down": _("descendre"),
    "up_title": _("Move up"),
    "down_title": _("Move down"),
    "position": _("Position"),
    "move": _("Move"),
}
SESSION_TYPES = {"ordinary": _("Ordinary"), "extraordinary": _("Extraordinary")}


class MeetingView(BrowserView):
    def __call__(self):
        self.rows = agenda_rows(self.context, self.request)
        self.state = api.content.get_state(self.context)
        self.can_manage = api.user.has_permission(
            "Modify portal content", obj=self.context
        )
        self.url = self.context.absolute_url()
        # Translated once, not once per row of a long agenda.
        self.labels = {
            key: translate(label, context=self.request)
            for key, label in ROW_LABELS.items()
        }
        return self.index()

    def facts(self) -> dict:
        meeting = self.context
        return {
            "date": brussels(meeting.start).strftime("%d/%m/%Y")
            if meeting.start
            else "",
            "start": brussels(meeting.start).strftime("%H:%M") if meeting.start else "",
            "end": meeting.end.strftime("%H:%M") if meeting.end else "",
            "place": meeting.place or "",
            "session_type": translate(
                SESSION_TYPES.get(meeting.session_type, meeting.session_type),
                context=self.request,
            ),
            "state": state_titles("IaDelibMeeting", self.request).get(
                self.state, self.state
            ),
        }

    def sections(self) -> list[dict]:
        """``[{"id", "label", "count", "lists": [{"label", "rows"}]}]``."""
        result = []
        for rank, (privacy, label) in enumerate(SECTIONS):
            lists = []
            for list_rank, list_label in LISTS:
                rows = [r for r in self.rows if r["section"] == (rank, list_rank)]
                if rows:
                    lists.append(
                        {
                            "id": f"{privacy}-{list_rank}",
                            "label": list_label,
                            "rows": rows,
                        }
                    )
            result.append(
                {
                    "id": privacy,
                    "label": label,
                    "count": sum(len(lst["rows"]) for lst in lists),
                    "lists": lists,
                }
            )
        return result

    def can_present(self) -> bool:
        return self.can_manage and accepts_items(self.context)

    def categories(self) -> list[dict]:
        body = body_of(self.context)
        pairs = parse_categories(getattr(body, "categories", None)) if body else []
        return [{"id": token, "title": title} for token, title in pairs]

    def waiting_items(self) -> list:
        """Validated items of the body, not presented yet (brains)."""
        body = body_of(self.context)
        if body is None:
            return []
        return api.content.find(
            context=body,
            portal_type="IaDelibItem",
            review_state="validated",
            sort_on="created",
        )


class _MeetingAction(ActionFormView, abstract=True):
    """A form POST of the meeting page (``ia.core.views.action_form``):
    check the token, act, say what happened (or why not: nothing written)
    and go back to the meeting."""

    submit_field = None  # the agenda's forms send no "form.submitted"
    refuse_as_message = True

    def _item(self):
        uid = self.request.form.get("item")
        item = api.content.get(UID=uid) if isinstance(uid, str) and uid else None
        if item is None or item.portal_type != "IaDelibItem":
            raise DelibError(
                _(
                    "msg_unknown_item",
                    default="Unknown item: ${uid}",
                    mapping={"uid": str(uid)},
                )
            )
        return item

    def show(self):
        raise BadRequest("POST only")

    def message(self, result):
        return result  # each action says what it did


class AgendaMove(_MeetingAction):
    """``@@ia-agenda-move``: ``item`` to ``position``, or one step ``up``/``down``."""

    def perform(self):
        item = self._item()
        form = self.request.form
        current = item.item_number or 0
        if "up" in form:
            position = current - 1
        elif "down" in form:
            position = current + 1
        else:
            raw = str(form.get("position", "")).strip()
            if not raw.isdigit():
                raise DelibError(_("The position must be a whole number from 1."))
            position = int(raw)
        move_item(self.context, item, max(position, 1))
        return _("The agenda has been changed.")


class PresentItem(_MeetingAction):
    """``@@ia-present-item``: present ``item`` to this meeting."""

    def perform(self):
        present_item(self._item(), self.context)
        return _("The item has been presented to the meeting.")


class PresentItems(_MeetingAction):
    """``@@ia-present-items``: the checked items on the agenda at once, in
    the order given, with their category and urgency (``ia.delib.bulk``)."""

    def perform(self):
        form = self.request.form
        chosen = [uid for uid in form.get("items") or () if isinstance(uid, str)]
        if not chosen:
            raise DelibError(_("Check the items to put on the agenda."))
        urgent = set(form.get("urgency") or ())

        def order(uid):
            raw = str(form.get(f"order-{uid}", "")).strip()
            return int(raw) if raw.isdigit() else 10**6

        entries = [
            {
                "item": uid,
                "category": form.get(f"category-{uid}") or None,
                "urgency": uid in urgent,
            }
            for uid in sorted(chosen, key=order)
        ]
        put_on_agenda(self.context, entries)
        return _(
            "msg_items_presented",
            default="${count} items have been put on the agenda.",
            mapping={"count": len(entries)},
        )
