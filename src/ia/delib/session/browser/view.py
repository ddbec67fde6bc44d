"""``@@ia-session``: the live session console of a meeting.

The page is rendered on the server (it reads without JavaScript: the agenda
links to ``?item=<UID>``); ``++resource++ia.delib.session/console.js`` then
takes over: it keeps the data of ``GET @ia-session`` and calls the POST
services (attendance, ``@ia-votes``, ``@ia-decision``) with fetch, redrawing
the page in place. Only who may modify the meeting, or manages its
meetings, opens it: a closed meeting's console stays readable by its
meeting managers (the services refuse every change).
"""

from AccessControl import Unauthorized
from ia.delib.session.browser.labels import DECISION_LABELS
from ia.delib.session.browser.labels import PRESENCE_LABELS
from ia.delib.session.browser.labels import SCRIPT_LABELS
from ia.delib.session.browser.labels import URGENCY_LABELS
from ia.delib.session.serialize import session_data
from ia.delib.workflows import decided_states
from plone import api
from Products.Five.browser import BrowserView
from zope.i18n import translate
import json


MANAGING_ROLES = {"Manager", "Site Administrator", "IaMeetingManager"}


def urgency_summary(row, request) -> str:
    """What the console says of the vote on the urgency of ``row``."""
    outcome = row.get("urgency")
    votes = row.get("urgency_votes") or {}
    label = URGENCY_LABELS[outcome]
    if outcome:
        mapping = {k: votes.get(k, 0) for k in ("yes", "no", "abstain")}
        label = type(label)(label, mapping=mapping)
    return translate(label, context=request)


class SessionConsole(BrowserView):
    def __call__(self):
        self.editable = api.user.has_permission(
            "Modify portal content", obj=self.context
        )
        if not self.editable and not MANAGING_ROLES & set(
            api.user.get_roles(obj=self.context)
        ):
            raise Unauthorized("ia-session")
        self.data = session_data(self.context)
        self.current = self._current()
        return self.index()

    def t(self, message) -> str:
        return translate(message, context=self.request)

    def _current(self):
        rows = self.data["items"]
        wanted = self.request.form.get("item")
        for row in rows:
            if row["UID"] == wanted:
                return row
        decided = decided_states(self.context)
        for row in rows:
            if row["review_state"] not in decided:
                return row
        return rows[0] if rows else None

    def agenda(self) -> list[dict]:
        current = self.current["UID"] if self.current else None
        return [
            dict(
                row,
                url=f"{self.context.absolute_url()}/@@ia-session?item={row['UID']}",
                current=row["UID"] == current,
            )
            for row in self.data["items"]
        ]

    def people(self) -> list[dict]:
        """The attendees and their presence for the current item."""
        presents = set(self.current["presents"]) if self.current else set()
        return [
            dict(
                attendee,
                presence_title=self.t(PRESENCE_LABELS[attendee["presence"]]),
                here=attendee["uid"] in presents,
            )
            for attendee in self.data["attendees"]
        ]

    def presences(self) -> list[dict]:
        return [{"id": k, "title": self.t(v)} for k, v in PRESENCE_LABELS.items()]

    def voters(self) -> list[dict]:
        if not self.current:
            return []
        by_voter = (self.current["votes"] or {}).get("by_voter") or {}
        names = {a["uid"]: a["name"] for a in self.data["attendees"]}
        return [
            {"uid": uid, "name": names.get(uid, uid), "vote": by_voter.get(uid, "")}
            for uid in self.current["voters"]
        ]

    def urgency(self) -> dict:
        """The vote on the urgency of the current item (added in urgency)."""
        row = self.current or {}
        return {
            "urgent": row.get("list_type") == "emergency",
            "outcome": row.get("urgency") or "",
            "votes": row.get("urgency_votes"),
            "summary": urgency_summary(row, self.request),
        }

    def decisions(self) -> list[dict]:
        allowed = set(self.current["allowed_decisions"]) if self.current else set()
        return [
            {
                "id": transition,
                "title": self.t(label),
                "key": key,
                "allowed": transition in allowed,
            }
            for transition, (label, key) in DECISION_LABELS.items()
        ]

    def labels_json(self) -> str:
        labels = {key: self.t(label) for key, label in SCRIPT_LABELS.items()}
        labels["presences"] = {k: self.t(v) for k, v in PRESENCE_LABELS.items()}
        labels["urgency"] = {
            key or "none": self.t(label) for key, label in URGENCY_LABELS.items()
        }
        labels["decisions"] = {
            k: {"title": self.t(label), "key": key}
            for k, (label, key) in DECISION_LABELS.items()
        }
        return json.dumps(labels)
