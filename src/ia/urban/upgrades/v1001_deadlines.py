"""1000 -> 1001: every file's deadlines stored on it and in the catalog.

Adds the index ``ia_urban_deadline_dates``, the column
``ia_urban_deadlines`` and the user menu's *Échéancier* link, then computes and stores the deadlines of every
licence file, open or final (``ia.urban.deadlines.recompute``).
"""

from ia.urban.deadlines.recompute import recompute
import logging


logger = logging.getLogger("ia.urban")
DELTA = "profile-ia.urban.upgrades:1001_deadlines"


def store_deadlines(setup_tool):
    setup_tool.runImportStepFromProfile(DELTA, "catalog")
    setup_tool.runImportStepFromProfile(DELTA, "actions")
    count = recompute(open_only=False)
    # refresh() reindexes every file whose stored list changes: all of
    # them but those without any deadline (inspections), which keep the
    # column's empty value and no date in the index
    logger.info("ia.urban 1001: deadlines stored on %s file(s)", count)
