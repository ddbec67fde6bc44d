"""Transitions that need data are refused without it, on every path.

Plone's state menu, ``content_status_modify``, the folder contents' and
dashboards' batch transitions and plone.restapi's ``@workflow`` fire a
transition with at most a comment. Three transitions need more, and go
through their own page or service, which writes the data first and then
fires the transition:

- an order's ``plan`` needs a team and a date: the page ``@@tech-plan``
  (the transition's action URL) or ``@tech-planning``;
- a request's ``refuse`` needs the reason the requester receives: the page
  ``@@tech-refuse`` (the transition's action URL), ``@tech-triage``, or a
  comment (``@workflow/refuse`` with ``{"comment": "…"}``: the comment is
  the reason, ``subscribers.request_transitioned``);
- a request's ``mark_duplicate`` needs the original (a link
  ``ia.tech.duplicate_of``, made first by ``triage.mark_duplicate``):
  ``@@tech-duplicate`` (the transition's action URL) or ``@tech-triage``.

:func:`check_order` and :func:`check_request` run before the transition (``IBeforeTransitionEvent``) and
raises a translated ``TechError`` (400 over REST): the transition does not
happen and the caller aborts the transaction, nothing is written.
"""

from ia.tech import _
from ia.tech import triage
from ia.tech.errors import TechError


PLAN_FIRST = _(
    "Plan the order with its form (Planifier…): a team and a date are needed."
)
REASON_FIRST = _(
    "Refuse the request with its form (Refuser avec un motif…): "
    "the requester receives the reason."
)
ORIGINAL_FIRST = _(
    "Mark a duplicate by choosing the original request (its form, or @tech-triage)."
)


def _comment(event) -> str:
    comment = (getattr(event, "kwargs", None) or {}).get("comment")
    return comment.strip() if isinstance(comment, str) else ""


def check_order(order, event) -> None:
    transition = getattr(event.transition, "id", None)
    if transition == "plan" and not (
        getattr(order, "team", None) and getattr(order, "planned_date", None)
    ):
        raise TechError(PLAN_FIRST)


def check_request(request, event) -> None:
    transition = getattr(event.transition, "id", None)
    if transition == "refuse" and not _comment(event):
        raise TechError(REASON_FIRST)
    if transition == "mark_duplicate" and triage.original_of(request) is None:
        raise TechError(ORIGINAL_FIRST)
