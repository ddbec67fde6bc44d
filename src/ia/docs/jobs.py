"""Background job of iA.Docs (``ia.core.jobs``): the drop folder's ingestion.

Run by the worker (ZEO/RelStorage) or the instance's clock (FileStorage)
every 5 minutes when the site has a drop folder; the folder's own lock
(``ingestion.lock``) keeps a concurrent ``ia-ingest`` out as well.
"""

from ia.core.jobs.interfaces import IJob
from ia.docs.ingestion.lock import Locked
from ia.docs.ingestion.runner import run
from ia.docs.ingestion.settings import get_settings
from zope.interface import implementer


@implementer(IJob)
class IngestionJob:
    title = "Ingestion du dossier de dépôt"
    interval = 300

    def __call__(self, portal):
        if not get_settings().folder:
            return "pas de dossier de dépôt configuré"
        try:
            summary = run(portal)
        except Locked:
            return "une autre ingestion est en cours"
        return (
            f"{summary.ingested} ingéré(s), {summary.skipped} ignoré(s), "
            f"{len(summary.rejected)} refusé(s)"
        )


ingestion = IngestionJob()
