"""1001 -> 1002: the index ``ia_urban_open_deadlines`` (``deadlines.bulk``).

Adds the index and fills it for every licence file from the deadlines
stored on it (1001): nothing is recomputed, only this index is written.
"""

from ia.urban.deadlines.bulk import INDEX
from ia.urban.kinds import LICENCE_TYPES
from plone import api
import logging


logger = logging.getLogger("ia.urban")
DELTA = "profile-ia.urban.upgrades:1002_open_deadlines"


def index_open_deadlines(setup_tool):
    setup_tool.runImportStepFromProfile(DELTA, "catalog")
    catalog = api.portal.get_tool("portal_catalog")
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type=list(LICENCE_TYPES)):
        brain._unrestrictedGetObject().reindexObject(idxs=[INDEX])
        count += 1
    logger.info("ia.urban 1002: open deadlines indexed for %s file(s)", count)
