"""1000 -> 1001: the order's buttons *Planifier…* and *Heures et matériaux*
(FTI actions), the index ``ia_tech_origin`` and the metadata
``ia_tech_public`` that Open311 ``GET requests`` reads."""

from ia.tech.content import REQUEST
from plone import api


DELTA = "profile-ia.tech.upgrades:1001_pages"


def upgrade(setup_tool):
    """Import the delta profile, then index the existing requests (a new
    index and a new column start empty)."""
    setup_tool.runImportStepFromProfile(DELTA, "typeinfo")
    setup_tool.runImportStepFromProfile(DELTA, "catalog")
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=REQUEST):
        brain._unrestrictedGetObject().reindexObject(idxs=["ia_tech_origin"])
