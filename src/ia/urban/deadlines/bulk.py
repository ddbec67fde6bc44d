"""Every open file's open deadlines, read from the catalog's index trees.

The index ``ia_urban_open_deadlines`` (KeywordIndex) keeps, per file, one
key per open deadline: ``"<date> <rule>"``, or ``"<date> <rule> <after>"``
for a deadline shown only once another one is over (the FD's referral,
:func:`ia.urban.deadlines.stored.visible`). The keys are few and shared
(a date and a rule), so the index stays small, and its reverse tree
(``_unindex``: record id -> keys) holds what a list of every open file's
deadlines needs: :func:`every_open` reads it, and the UID index's reverse
tree, for the record ids of one catalog search. No brain is made, no
metadata record is read, no file is woken up: at 10,000 files this is
the cheap way to answer "every open file's deadlines" (the brains'
``ia_urban_deadlines`` metadata, :func:`~.stored.open_deadlines`, holds
the whole entries for the pages that show them).

Security: :func:`every_open` searches with the user's rights
(``searchResults``: ``allowedRolesAndUsers``, ``effectiveRange``);
``unrestricted=True`` is for service-wide callers only (a job, the bench's
plain-Plone comparison), never for a page or a REST answer.
"""

from datetime import date
from ia.urban.kinds import LICENCE_TYPES
from plone import api


INDEX = "ia_urban_open_deadlines"


def key_of(entry) -> str:
    """The index key of one stored open entry."""
    parts = (entry["date"], entry["rule"], entry.get("after") or "")
    return " ".join(parts).strip()


def keys(stored) -> tuple:
    """The index values of one file's stored deadlines: its open ones."""
    return tuple(sorted({key_of(entry) for entry in stored or () if entry["open"]}))


def record_ids(query=None, *, unrestricted=False):
    """The catalog record ids of a search (default: every open licence)."""
    catalog = api.portal.get_tool("portal_catalog")
    if query is None:
        query = {"portal_type": list(LICENCE_TYPES), "ia_final": False}
    search = (
        catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    )
    results = search(**query)
    # An unsorted search is a LazyMap over the record ids (``_seq``); an
    # empty one is a LazyCat; anything else gives its brains' ids.
    rids = getattr(results, "_seq", None)
    if rids is None or len(rids) != len(results):
        rids = [brain.getRID() for brain in results]
    return rids


def every_open(query=None, today: date | None = None, *, unrestricted=False):
    """{UID: [{"rule", "date"}, ...]} of the files of ``query`` the user may
    see (every open licence by default): their open deadlines visible
    ``today`` (as :func:`~.stored.visible`), by date then rule; a file
    without one maps to ``[]``."""
    today_iso = (today or date.today()).isoformat()
    rids = record_ids(query, unrestricted=unrestricted)
    catalog = api.portal.get_tool("portal_catalog")._catalog
    uids = catalog.getIndex("UID")._unindex
    stored = catalog.getIndex(INDEX)._unindex
    found = {}
    for rid in rids:
        rows = []
        for key in sorted(stored.get(rid, ())):  # by date, then rule
            day, rule, *after = key.split(" ")
            if not after or after[0] < today_iso:
                rows.append({"rule": rule, "date": day})
        found[uids[rid]] = rows
    return found
