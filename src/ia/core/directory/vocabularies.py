"""Configurable lists of the directory: organisation types, position types, civilities.

The lists are registry records of ``id|Title`` lines (see
``profiles/default/registry/directory.xml``), edited in the registry
control panel; the ids are stored on the contacts, the titles displayed.
"""

from ia.core import _
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


ORGANISATION_TYPES_RECORD = "ia.core.directory.organisation_types"
POSITION_TYPES_RECORD = "ia.core.directory.position_types"


def parse_lines(lines) -> list[tuple[str, str]]:
    """``["bourgmestre|Bourgmestre", ...]`` -> ``[("bourgmestre", "Bourgmestre"), ...]``."""
    pairs = []
    seen = set()
    for raw in lines or ():
        line = (raw or "").strip()
        if not line:
            continue
        key, _sep, title = line.partition("|")
        key = key.strip()
        if not key or key in seen:
            continue
        seen.add(key)
        pairs.append((key, title.strip() or key))
    return pairs


def registry_pairs(record: str) -> list[tuple[str, str]]:
    return parse_lines(api.portal.get_registry_record(record, default=[]))


def _vocabulary(pairs) -> SimpleVocabulary:
    return SimpleVocabulary(
        [SimpleTerm(key, token=key, title=title) for key, title in pairs]
    )


def position_type_title(position_type: str | None) -> str:
    """The title of a position type id (the id itself when it is not configured)."""
    if not position_type:
        return ""
    return dict(registry_pairs(POSITION_TYPES_RECORD)).get(position_type, position_type)


@provider(IVocabularyFactory)
def organisation_types(context=None):
    return _vocabulary(registry_pairs(ORGANISATION_TYPES_RECORD))


@provider(IVocabularyFactory)
def position_types(context=None):
    return _vocabulary(registry_pairs(POSITION_TYPES_RECORD))


CIVILITIES = (
    ("mr", _("civility_mr", default="Mister")),
    ("mrs", _("civility_mrs", default="Madam")),
    ("mx", _("civility_mx", default="Mx")),
)


@provider(IVocabularyFactory)
def civilities(context=None):
    return _vocabulary(CIVILITIES)
