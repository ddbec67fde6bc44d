"""The street list of the municipality (registry ``ia.urban.streets``).

One ``id|Name`` line a street, edited in the iA.Urban settings; the work
locations of a file name a street of that list and a number.
"""

from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import registry_pairs
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory


RECORD = "ia.urban.streets"


@provider(IVocabularyFactory)
def streets_vocabulary(context):
    return pairs_vocabulary(registry_pairs(RECORD))
