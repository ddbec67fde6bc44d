"""Shared helpers of the links and hand-overs tests."""

from ia.core.links.interfaces import ILinkKind
from ia.core.links.kinds import LinkKind
from ia.core.testing import create_document
from zope.component import getGlobalSiteManager


def documents(container, *titles, **fields):
    return [create_document(container, title=title, **fields) for title in titles]


def register_kind(kind):
    """Register ``kind`` for one test; returns the function that unregisters it."""
    gsm = getGlobalSiteManager()
    gsm.registerUtility(kind, ILinkKind, name=kind.id)
    return lambda: gsm.unregisterUtility(kind, ILinkKind, name=kind.id)


PRODUCT_KIND = LinkKind("test.cites", "Cites", "Cited by")


def french(error) -> str:
    """An ``IaError``'s message in French (the test request has no language)."""
    from zope.i18n import translate

    return translate(error.message, target_language="fr")
