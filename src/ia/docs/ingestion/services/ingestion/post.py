"""``POST /courrier/@ia-ingestion`` (optional body ``{"limit": N}``): run the
ingestion and answer the summary (``ingested``, ``skipped``, ``rejected``
with the name and reason of each, ``references``). A missing drop folder or
a running ingestion answer 400 / 409 with the reason."""

from ia.core.errors import Conflict
from ia.core.errors import IaError
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.ingestion import runner
from ia.docs.ingestion.lock import Locked
from ia.docs.ingestion.services.ingestion.access import check_allowed
from ia.docs.ingestion.settings import FolderError
from plone import api


BAD_LIMIT = _("msg_ingest_bad_limit", default="limit must be a positive integer.")


class IngestionPost(IaService):
    def answer(self):
        check_allowed(self.context)
        limit = self.body().get("limit")
        if limit is not None and (
            not isinstance(limit, int) or isinstance(limit, bool) or limit < 1
        ):
            raise IaError(BAD_LIMIT)
        try:
            summary = runner.run(api.portal.get(), limit=limit)
        except FolderError as exc:
            raise IaError(exc.args[0]) from None
        except Locked as exc:
            raise Conflict(exc.args[0]) from None
        return summary.as_dict()
