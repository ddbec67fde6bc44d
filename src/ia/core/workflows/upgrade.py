"""Upgrade helper: a profile's workflows now state their facts in their XML.

Used by the 1000 -> 1001 steps of ia.core, ia.docs and ia.delib
(``upgrades/v1001_workflows.py``): re-import the profile's ``workflow`` step
(the definitions gain ``ia_final``, ``ia_ball``... state variables), drop
the old registry list ``ia.core.final_states``, then reindex ``ia_final``
and ``ia_ball`` of the documents under those workflows only (no catalog
rebuild).
"""

from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
import logging


logger = logging.getLogger(__name__)

OLD_RECORD = "ia.core.final_states"
INDEXES = ("ia_final", "ia_ball")


def remove_old_record() -> bool:
    records = getUtility(IRegistry).records
    if OLD_RECORD in records:
        del records[OLD_RECORD]
        return True
    return False


def types_under(workflow_ids) -> list[str]:
    """Portal types whose chain holds one of ``workflow_ids``."""
    wtool = api.portal.get_tool("portal_workflow")
    wanted = set(workflow_ids)
    return sorted(
        type_id
        for type_id in api.portal.get_tool("portal_types").objectIds()
        if wanted.intersection(wtool.getChainForPortalType(type_id) or ())
    )


def reindex_facts(portal_types) -> int:
    catalog = api.portal.get_tool("portal_catalog")
    indexes = [name for name in INDEXES if name in catalog.indexes()]
    if not portal_types or not indexes:
        return 0
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type=list(portal_types)):
        obj = brain._unrestrictedGetObject()
        obj.reindexObject(idxs=indexes)
        count += 1
    return count


def reapply_workflow_facts(setup_tool, profile_id: str, workflow_ids) -> None:
    """The 1000 -> 1001 step of ``profile_id`` (e.g. ``ia.docs:default``)."""
    setup_tool.runImportStepFromProfile(
        f"profile-{profile_id}", "workflow", run_dependencies=False
    )
    if remove_old_record():
        logger.info("Removed registry record %s", OLD_RECORD)
    count = reindex_facts(types_under(workflow_ids))
    logger.info("%s: reindexed %s of %d documents", profile_id, INDEXES, count)
