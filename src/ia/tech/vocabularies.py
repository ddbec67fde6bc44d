"""Vocabularies of iA.Tech: request types (registry), priorities, asset
kinds, booking statuses, assets (catalog) and the materials catalogue."""

from ia.core.registrylines import pairs_vocabulary
from ia.tech import _
from ia.tech import settings
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


PRIORITIES = (
    ("low", _("Low")),
    ("normal", _("Normal")),
    ("high", _("High")),
    ("urgent", _("Urgent")),
)
ASSET_KINDS = (
    ("building", _("Building")),
    ("vehicle", _("Vehicle")),
    ("equipment", _("Equipment")),
    ("room", _("Room")),
)
BOOKING_STATUSES = (
    ("requested", _("Requested")),
    ("approved", _("Approved")),
    ("refused", _("Refused")),
)


def _fixed(pairs):
    return SimpleVocabulary([SimpleTerm(key, key, title) for key, title in pairs])


@provider(IVocabularyFactory)
def request_types(context=None):
    return pairs_vocabulary(settings.request_types())


@provider(IVocabularyFactory)
def priorities(context=None):
    return _fixed(PRIORITIES)


@provider(IVocabularyFactory)
def asset_kinds(context=None):
    return _fixed(ASSET_KINDS)


@provider(IVocabularyFactory)
def booking_statuses(context=None):
    return _fixed(BOOKING_STATUSES)


@provider(IVocabularyFactory)
def assets(context=None):
    """Every asset, by UID, titled with its title (one catalog query)."""
    brains = api.content.find(portal_type="IaTechAsset", sort_on="sortable_title")
    return SimpleVocabulary(
        [SimpleTerm(brain.UID, brain.UID, brain.Title) for brain in brains]
    )


@provider(IVocabularyFactory)
def materials(context=None):
    return SimpleVocabulary(
        [
            SimpleTerm(item.id, item.id, f"{item.title} ({item.unit})")
            for item in settings.materials()
        ]
    )
