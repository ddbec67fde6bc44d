"""Public inquiry notices, published for citizens while the inquiry runs.

A file under public inquiry (or project announcement) shows, to anyone,
only what the notice (avis d'enquête) says: the kind of licence, its
reference, subject, location, applicant and the inquiry's first and last
day. Nothing else of the file is public; once the inquiry is over, it is no
longer listed. ``@@ia-urban-inquiries`` (page) and ``@ia-urban-inquiries``
(REST) on the site root read the catalog (indexes ``ia_urban_inquiry_end``
and metadata ``ia_urban_inquiry``) without waking a file up.
"""

from datetime import date
from ia.core.docgen.dates import format_date
from ia.urban.content import ILicence
from ia.urban.kinds import LICENCE_TYPES
from ia.urban.kinds import kind_of
from plone import api
from plone.indexer import indexer


def inquiry_period(obj):
    """(start, end) of the file's last inquiry, or None (from its stored
    deadlines, :mod:`ia.urban.deadlines.stored`)."""
    ends = [
        entry
        for entry in getattr(obj, "urban_deadlines", None) or ()
        if entry["rule"] == "inquiry_end"
    ]
    if not ends:
        return None
    last = max(ends, key=lambda entry: entry["start"])
    return date.fromisoformat(last["start"]), date.fromisoformat(last["date"])


@indexer(ILicence)
def ia_urban_inquiry_end(obj):
    period = inquiry_period(obj)
    if period is None:
        raise AttributeError("ia_urban_inquiry_end")
    return period[1]


@indexer(ILicence)
def ia_urban_inquiry(obj):
    period = inquiry_period(obj)
    if period is None:
        return ""
    return f"{period[0].isoformat()}|{period[1].isoformat()}"


def running_inquiries(today=None) -> list[dict]:
    """The notices of the inquiries running ``today`` (public facts only)."""
    today = today or date.today()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=list(LICENCE_TYPES),
        ia_urban_inquiry_end={"query": today, "range": "min"},
        sort_on="ia_urban_inquiry_end",
    )
    notices = []
    for brain in brains:
        start, _sep, end = (brain.ia_urban_inquiry or "").partition("|")
        if not start or date.fromisoformat(start) > today:
            continue
        kind = kind_of(brain.portal_type)
        notices.append(
            {
                "reference": brain.ia_reference or "",
                "kind": kind.title_fr if kind else "",
                "subject": brain.Title,
                "address": brain.ia_urban_address or "",
                "applicant": brain.ia_urban_applicant or "",
                "start": start,
                "end": end,
                "period": f"du {format_date(start)} au {format_date(end)}",
            }
        )
    return notices
