"""1001 → 1002: the map (ia.core.map).

Imports the delta profile ``ia.core.upgrades:1002_map`` (the ``ia_located``
index and ``ia_geo`` column, the map's registry records, the *Carte*
control panel and user action), then indexes the documents of the types
that have the ``ia.geolocation`` behavior. Idempotent.
"""

from ia.core.behaviors.geolocation import IGeolocation
from plone import api
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer
import logging


logger = logging.getLogger("ia.core.upgrades")

PROFILE = "profile-ia.core.upgrades:1002_map"
BEHAVIOR_NAMES = {"ia.geolocation", IGeolocation.__identifier__}


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["ia.core.upgrades:1002_map"]

    def getNonInstallableProducts(self):
        return []


def located_types() -> list:
    """The portal types that have the ``ia.geolocation`` behavior."""
    types = api.portal.get_tool("portal_types")
    return [
        fti.getId()
        for fti in types.listTypeInfo()
        if BEHAVIOR_NAMES & set(getattr(fti, "behaviors", ()) or ())
    ]


def upgrade(setup) -> None:
    for step in ("catalog", "plone.app.registry", "controlpanel", "actions"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    catalog = api.portal.get_tool("portal_catalog")
    count = 0
    names = located_types()
    if names:
        for brain in catalog.unrestrictedSearchResults(portal_type=names):
            obj = brain._unrestrictedGetObject()
            obj.reindexObject(idxs=["ia_located"])
            count += 1
    logger.info("ia_located: %d documents of %s indexed", count, names)
