"""Attachment categories: a vocabulary read from the registry.

Registry record ``ia.core.attachment_categories`` holds one ``id|Label`` line
a category (``annexe|Annexe``). The first category is the default one.
"""

from Acquisition import aq_base
from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import parse_pairs
from ia.core.registrylines import registry_pairs
from zope.interface import provider
from zope.schema.interfaces import IContextAwareDefaultFactory
from zope.schema.interfaces import IVocabularyFactory


CATEGORIES_RECORD = "ia.core.attachment_categories"

# The lines are parsed by the core parser of ``id|Title`` records.
parse_categories = parse_pairs


def categories():
    """The configured categories as an ordered list of (id, label) pairs."""
    return registry_pairs(CATEGORIES_RECORD)


def category_titles():
    """A mapping category id -> label."""
    return dict(categories())


@provider(IContextAwareDefaultFactory)
def default_category(context=None):
    """The first configured category, or None when none is configured."""
    configured = categories()
    return configured[0][0] if configured else None


@provider(IVocabularyFactory)
def AttachmentCategoriesVocabulary(context=None):
    """Categories of the registry, plus the current value of ``context``.

    Keeping the stored category of an existing attachment lets it be edited
    even after an administrator removed that category from the list.
    """
    pairs = categories()
    # Read the stored value only: the default of the field would ask this
    # very vocabulary again.
    current = getattr(aq_base(context), "__dict__", {}).get("category")
    if isinstance(current, str) and current and current not in dict(pairs):
        pairs.append((current, current))
    return pairs_vocabulary(pairs)
