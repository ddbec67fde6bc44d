"""The college's decision on a licence file, through iA.Delib and the core.

- :class:`CollegeSummary` (``ICollegeSummary``): what the college item
  prepared from a file carries (iA.Delib's hand-over *a college item
  prepared from a permit* reads it, never this module);
- :func:`on_decision` (``IDecisionTaken``): when the item is decided, the
  decision comes onto the file's timeline (dated the meeting's day) and
  the file moves to *granted* or *refused*, whoever records the decision
  (the meeting manager has no role on the file).
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.users import UnrestrictedUser
from contextlib import contextmanager
from html import unescape
from ia.core.decisions import ACCEPTED
from ia.core.decisions import ICollegeSummary
from ia.core.decisions import decided_documents
from ia.core.directory.api import contact_label
from ia.core.docgen.dates import format_date
from ia.urban.content import ILicence
from ia.urban.events.api import add_event
from ia.urban.events.api import events_of
from ia.urban.indexers import address_of
from ia.urban.kinds import kind_of
from plone import api
from zope.component import adapter
from zope.interface import implementer
import re


DECIDABLE_STATES = ("in_instruction", "complete", "suspended")


def _plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html or "")).strip()


@implementer(ICollegeSummary)
@adapter(ILicence)
class CollegeSummary:
    def __init__(self, context):
        self.context = context

    def title(self) -> str:
        kind = kind_of(self.context)
        label = kind.title_fr if kind else ""
        reference = getattr(self.context, "reference", None) or ""
        return f"{label} {reference} – {self.context.Title()}".strip()

    def summary(self) -> str:
        obj = self.context
        applicants = ", ".join(
            label for label in map(contact_label, obj.applicants or []) if label
        )
        lines = [f"Objet : {obj.Title()}"]
        if applicants:
            lines.append(f"Demandeur(s) : {applicants}")
        address = address_of(obj)
        if address:
            lines.append(f"Situation : {address}")
        if obj.parcels:
            lines.append("Parcelles : " + ", ".join(obj.parcels))
        events = events_of(obj)
        for event in events:
            if event["kind"] == "deposit":
                lines.append(f"Déposé le {format_date(event['date'])}")
            elif event["kind"] == "acknowledgement":
                lines.append(f"Dossier complet le {format_date(event['date'])}")
            elif event["kind"] == "inquiry":
                lines.append(
                    "Enquête publique du "
                    f"{format_date(event.get('start') or event['date'])}"
                    + (f" au {format_date(event['end'])}" if event.get("end") else "")
                )
            elif event["kind"] == "opinion_answer":
                lines.append(
                    f"Avis de {event.get('body', '')} : {event.get('result', '')}"
                )
        claims = sum(1 for event in events if event["kind"] == "claim")
        if claims:
            lines.append(f"Réclamations : {claims}")
        return "\n".join(lines)

    def annexes(self) -> list:
        return [
            child
            for child in self.context.objectValues()
            if child.portal_type == "IaAttachment"
        ]


class _CollegeUser(UnrestrictedUser):
    """An unrestricted Manager that keeps the id of who records."""

    def getId(self):
        return self.getUserName()


@contextmanager
def _as_the_college():
    """The decision is the college's, whoever records it: act as a Manager
    (workflow guards check roles, which ``adopt_roles`` does not give)
    under the current user's id, so the file's history names who did it."""
    before = getSecurityManager()
    acl_users = api.portal.get_tool("acl_users")
    userid = api.user.get_current().getId() or "system"
    user = _CollegeUser(userid, "", ["Manager"], [])
    newSecurityManager(None, user.__of__(acl_users))
    try:
        yield
    finally:
        setSecurityManager(before)


def on_decision(item, event):
    """Record the decision on each file the item was prepared from."""
    result = "granted" if event.result == ACCEPTED else "refused"
    for licence in decided_documents(item):
        if not ILicence.providedBy(licence):
            continue
        with _as_the_college():
            add_event(
                licence,
                "decision",
                event.date,
                comment=_plain(event.text)[:2000],
                result=result,
                item=api.content.get_uuid(item),
            )
            if api.content.get_state(licence) in DECIDABLE_STATES:
                if api.content.get_state(licence) != "in_instruction":
                    api.content.transition(obj=licence, to_state="in_instruction")
                api.content.transition(
                    obj=licence, transition="grant" if result == "granted" else "refuse"
                )
