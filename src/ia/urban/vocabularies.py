"""Vocabularies of iA.Urban: registry lists and the deadline rules."""

from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import registry_pairs
from ia.urban.deadlines.rules import RULES
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def zones_vocabulary(context):
    return pairs_vocabulary(registry_pairs("ia.urban.zones"))


@provider(IVocabularyFactory)
def flood_zones_vocabulary(context):
    return pairs_vocabulary(registry_pairs("ia.urban.flood_zones"))


@provider(IVocabularyFactory)
def deadline_rules_vocabulary(context):
    """Rule id -> its title (the *Prochaine échéance* column)."""
    terms = {}
    for rules in RULES.values():
        for rule in rules:
            terms.setdefault(
                rule.id, SimpleTerm(rule.id, token=rule.id, title=rule.title)
            )
    return SimpleVocabulary(list(terms.values()))
