"""``GET /courrier/@ia-ingestion``: the drop folder and its pending counts
(``scans``, ``mail``, ``quarantine``); 400 without a usable drop folder."""

from ia.core.errors import IaError
from ia.core.rest import IaService
from ia.docs.ingestion.services.ingestion.access import check_allowed
from ia.docs.ingestion.settings import FolderError
from ia.docs.ingestion.settings import get_settings
from ia.docs.ingestion.settings import layout_for
from ia.docs.ingestion.sources import counts


class IngestionGet(IaService):
    def answer(self):
        check_allowed(self.context)
        try:
            layout = layout_for(get_settings().folder)
        except FolderError as exc:
            raise IaError(exc.args[0]) from None
        return {"folder": str(layout.root), "pending": counts(layout)}
