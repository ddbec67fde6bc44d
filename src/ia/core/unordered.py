"""A product area without explicit order (issues 10 and 15).

plone.folder's default ordering keeps the order of a folder's ids in one
persistent list (and a position map) that every new document writes to: two
documents filed at once into the same area — clerks registering mails, citizen
apps posting reports — always conflicted on it, and under load the retries
ran out (HTTP 500). The product areas holding thousands of documents are
listed by the catalog (dashboards, dates), never by position, so they have
no explicit order. Used by iA.Docs' ``/courrier`` and iA.Tech's ``/travaux``.
"""

from plone.folder.default import DefaultOrdering
from zope.annotation.interfaces import IAnnotations


ORDER_KEYS = (DefaultOrdering.ORDER_KEY, DefaultOrdering.POS_KEY)


def make_unordered(folder) -> None:
    """Give ``folder`` no explicit order and drop its stored one
    (idempotent; a folder without plone.folder's ordering is left alone)."""
    if getattr(folder, "getOrdering", None) is None:
        return
    if getattr(folder, "_ordering", "") != "unordered":
        folder.setOrdering("unordered")
    annotations = IAnnotations(folder)
    for key in ORDER_KEYS:
        annotations.pop(key, None)
