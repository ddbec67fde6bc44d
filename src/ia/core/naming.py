"""The id of a new document, chosen before it is added.

``api.content.create`` without an ``id`` adds the object under a random id
and renames it: plone.app.discussion's "moved" subscriber then flushes the
indexing queue and the catalog logs ``ERROR … uncatalogObject unsuccessfully
attempted`` for the random path (126 lines when the demo site was built,
one per reply). :func:`new_id` picks the id from the title as Plone would
(URL normalizer, ``-1``, ``-2``… when taken) so that creation passes it.
"""

from Acquisition import aq_base
from plone.i18n.normalizer.interfaces import IURLNormalizer
from zope.component import getUtility


MAX_LENGTH = 50


def new_id(container, title, default="document"):
    """A free id in ``container`` derived from ``title``."""
    normalizer = getUtility(IURLNormalizer)
    base = normalizer.normalize(title or "", max_length=MAX_LENGTH) or default
    candidate, number = base, 0
    while candidate in container or hasattr(aq_base(container), candidate):
        number += 1
        candidate = f"{base}-{number}"
    return candidate
