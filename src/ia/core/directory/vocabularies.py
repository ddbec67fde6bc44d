"""Configurable lists of the directory: organisation types, position types, civilities.

The lists are registry records of ``id|Title`` lines (see
``profiles/default/registry/directory.xml``), edited in the registry
control panel (parsed by ``ia.core.registrylines``); the ids are stored on
the contacts, the titles displayed.
"""

from ia.core import _
from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import registry_pairs
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory


ORGANISATION_TYPES_RECORD = "ia.core.directory.organisation_types"
POSITION_TYPES_RECORD = "ia.core.directory.position_types"


def position_type_title(position_type: str | None) -> str:
    """The title of a position type id (the id itself when it is not configured)."""
    if not position_type:
        return ""
    return dict(registry_pairs(POSITION_TYPES_RECORD)).get(position_type, position_type)


@provider(IVocabularyFactory)
def organisation_types(context=None):
    return pairs_vocabulary(registry_pairs(ORGANISATION_TYPES_RECORD))


@provider(IVocabularyFactory)
def position_types(context=None):
    return pairs_vocabulary(registry_pairs(POSITION_TYPES_RECORD))


CIVILITIES = (
    ("mr", _("civility_mr", default="Mister")),
    ("mrs", _("civility_mrs", default="Madam")),
    ("mx", _("civility_mx", default="Mx")),
)


@provider(IVocabularyFactory)
def civilities(context=None):
    return pairs_vocabulary(CIVILITIES)
