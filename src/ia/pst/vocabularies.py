"""Vocabularies of iA.PST (``content.zcml``).

Categories and budget types are registry lists (``id|Title`` lines,
``profiles/default/registry.xml``); priorities, health and administration
types are fixed; the operational objectives are those of the item's
programme.
"""

from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import registry_pairs
from ia.pst import _
from ia.pst.content import OPERATIONAL
from ia.pst.content import PROGRAMME
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


HEALTH_TITLES = {
    "green": _("health_green", default="Green: on track"),
    "orange": _("health_orange", default="Orange: needs attention"),
    "red": _("health_red", default="Red: in trouble"),
}
PRIORITY_TITLES = {
    "1": _("priority_high", default="High"),
    "2": _("priority_medium", default="Medium"),
    "3": _("priority_low", default="Low"),
}
ADMINISTRATION_TITLES = {
    "AC": _("administration_ac", default="Municipal administration"),
    "CPAS": _("administration_cpas", default="CPAS"),
}


def _fixed(titles):
    return SimpleVocabulary(
        [SimpleTerm(key, token=key, title=title) for key, title in titles.items()]
    )


@provider(IVocabularyFactory)
def health(context=None):
    return _fixed(HEALTH_TITLES)


@provider(IVocabularyFactory)
def priorities(context=None):
    return _fixed(PRIORITY_TITLES)


@provider(IVocabularyFactory)
def administration_types(context=None):
    return _fixed(ADMINISTRATION_TITLES)


@provider(IVocabularyFactory)
def categories(context=None):
    return pairs_vocabulary(registry_pairs("ia.pst.categories"))


@provider(IVocabularyFactory)
def budget_types(context=None):
    return pairs_vocabulary(registry_pairs("ia.pst.budget_types"))


def programme_of(obj):
    """The programme holding ``obj`` (or ``obj`` itself), or None."""
    while obj is not None and getattr(obj, "portal_type", None) != PROGRAMME:
        obj = getattr(obj, "__parent__", None)
    return obj


@provider(IVocabularyFactory)
def operational_objectives(context=None):
    """The operational objectives of the context's programme, by reference."""
    programme = programme_of(context)
    query = {"portal_type": OPERATIONAL, "sort_on": "ia_pst_reference"}
    if programme is not None:
        query["path"] = "/".join(programme.getPhysicalPath())
    terms = [
        SimpleTerm(
            brain.UID,
            token=brain.UID,
            title=f"{brain.ia_pst_reference} {brain.Title}".strip(),
        )
        for brain in api.content.find(**query)
    ]
    return SimpleVocabulary(terms)
