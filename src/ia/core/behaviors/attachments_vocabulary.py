"""Attachment categories: a vocabulary read from the registry.

Registry record ``ia.core.attachment_categories`` holds one ``id|Label`` line
a category (``annexe|Annexe``). The first category is the default one.
"""

from Acquisition import aq_base
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IContextAwareDefaultFactory
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


CATEGORIES_RECORD = "ia.core.attachment_categories"


def parse_categories(lines):
    """Turn ``id|Label`` lines into an ordered list of (id, label) pairs.

    Blank lines and repeated ids are skipped; a line without a label uses
    its id as label.
    """
    categories = []
    seen = set()
    for line in lines or ():
        category_id, _sep, label = (line or "").partition("|")
        category_id = category_id.strip()
        if not category_id or category_id in seen:
            continue
        seen.add(category_id)
        categories.append((category_id, label.strip() or category_id))
    return categories


def categories():
    """The configured categories as an ordered list of (id, label) pairs."""
    lines = api.portal.get_registry_record(CATEGORIES_RECORD, default=None)
    return parse_categories(lines)


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
    return SimpleVocabulary(
        [SimpleTerm(value=cid, token=cid, title=label) for cid, label in pairs]
    )
