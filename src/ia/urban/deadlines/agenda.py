"""The deadline calendar: the open deadlines of a month, from the catalog.

One catalog query (the user's security applied): the open licence files
having an open deadline in the month (index ``ia_urban_deadline_dates``);
the rows are built from their brains' ``ia_urban_deadlines`` metadata, no
file is woken up. ``scope="mine"``: the files the user is folder manager of.
Used by ``@@ia-urban-deadlines`` (page) and ``@ia-urban-deadlines`` (REST).
"""

from datetime import date
from datetime import timedelta
from ia.core.docgen.dates import format_date
from ia.urban import _
from ia.urban.deadlines.stored import is_late
from ia.urban.deadlines.stored import open_entries
from ia.urban.errors import UrbanError
from ia.urban.kinds import LICENCE_TYPES
from plone import api
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


SCOPES = ("service", "mine")


def parse_month(value, today=None) -> date:
    """``"2026-03"`` -> 1 March 2026; empty: this month; else UrbanError."""
    if not value:
        return (today or date.today()).replace(day=1)
    try:
        year, month = (int(part) for part in str(value).split("-"))
        return date(year, month, 1)
    except (TypeError, ValueError):
        raise UrbanError(
            _(
                "msg_urban_bad_month",
                default="The month '${value}' is not a month (YYYY-MM).",
                mapping={"value": str(value)[:20]},
            )
        ) from None


def parse_scope(value) -> str:
    if not value:
        return "service"
    if value not in SCOPES:
        raise UrbanError(
            _(
                "msg_urban_bad_scope",
                default="The scope '${value}' is not 'service' or 'mine'.",
                mapping={"value": str(value)[:20]},
            )
        )
    return value


def month_end(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _rule_titles(request):
    vocabulary = getUtility(IVocabularyFactory, "ia.urban.deadline_rules")(None)
    return {term.value: translate(term.title, context=request) for term in vocabulary}


def _agent_names():
    names = {}

    def name(userid):
        if userid and userid not in names:
            user = api.user.get(userid=userid)
            names[userid] = (user.getProperty("fullname") if user else "") or ""
        return names.get(userid, "")

    return name


def search(first: date, scope="service", userid=None):
    """The brains of the open files with an open deadline in the month."""
    query = {
        "portal_type": list(LICENCE_TYPES),
        "ia_final": False,
        "ia_urban_deadline_dates": {
            "query": (first.isoformat(), month_end(first).isoformat()),
            "range": "min:max",
        },
    }
    if scope == "mine":
        query["ia_assigned_agent"] = userid or api.user.get_current().getId()
    return api.portal.get_tool("portal_catalog").searchResults(**query)


def month_rows(first: date, request, scope="service", today=None) -> list[dict]:
    """JSON-ready rows, by date: the open deadlines of the month."""
    today = today or date.today()
    low, high = first.isoformat(), month_end(first).isoformat()
    titles = _rule_titles(request)
    agent = _agent_names()
    rows = []
    for brain in search(first, scope):
        for entry in open_entries(brain.ia_urban_deadlines, today):
            if not low <= entry["date"] <= high:
                continue
            rows.append(
                {
                    "date": entry["date"],
                    "day": format_date(entry["date"], weekday=True),
                    "rule": entry["rule"],
                    "title": titles.get(entry["rule"], entry["rule"]),
                    "late": is_late(entry, today),
                    "reference": brain.ia_reference or "",
                    "subject": brain.Title,
                    "url": brain.getURL(),
                    "agent": agent(brain.ia_assigned_agent),
                }
            )
    return sorted(rows, key=lambda row: (row["date"], row["reference"], row["rule"]))


def by_day(rows) -> list[dict]:
    """[{"date", "day", "rows"}] for the page."""
    days = {}
    for row in rows:
        days.setdefault(
            row["date"], {"date": row["date"], "day": row["day"], "rows": []}
        )
        days[row["date"]]["rows"].append(row)
    return list(days.values())
