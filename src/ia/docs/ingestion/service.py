"""``@ia-ingest`` on ``/courrier``.

* ``GET``: the pending counts (``scans``, ``mail``, ``quarantine``);
* ``POST`` (optional body ``{"limit": N}``): runs the ingestion and
  answers the summary (``ingested``, ``skipped``, ``rejected`` with the
  name and reason of each, ``references``).

Permission ``ia.docs: Ingest mail`` (Manager, Site Administrator);
anonymous gets 401, any other user 403. A missing drop folder or a
running ingestion answer 400 / 409 with the reason.
"""

from AccessControl import getSecurityManager
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.ingestion import runner
from ia.docs.ingestion.lock import Locked
from ia.docs.ingestion.settings import FolderError
from ia.docs.ingestion.settings import get_settings
from ia.docs.ingestion.settings import layout_for
from ia.docs.ingestion.sources import counts
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from zope.interface import alsoProvides


PERMISSION = "ia.docs: Ingest mail"


class IngestService(IaService):
    def refused(self):
        if api.user.is_anonymous():
            return self.error(
                401, _("msg_ingest_login", default="Log in to ingest mail.")
            )
        if not getSecurityManager().checkPermission(PERMISSION, self.context):
            return self.error(
                403, _("msg_ingest_forbidden", default="You may not ingest mail.")
            )
        return None


class IngestGet(IngestService):
    def reply(self):
        refused = self.refused()
        if refused is not None:
            return refused
        try:
            layout = layout_for(get_settings().folder)
        except FolderError as exc:
            return self.error(400, exc.args[0])
        return {"folder": str(layout.root), "pending": counts(layout)}


class IngestPost(IngestService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        refused = self.refused()
        if refused is not None:
            return refused
        body = json_body(self.request) or {}
        limit = body.get("limit") if isinstance(body, dict) else None
        if limit is not None and (
            not isinstance(limit, int) or isinstance(limit, bool) or limit < 1
        ):
            return self.error(
                400,
                _("msg_ingest_bad_limit", default="limit must be a positive integer."),
            )
        try:
            summary = runner.run(api.portal.get(), limit=limit)
        except FolderError as exc:
            return self.error(400, exc.args[0])
        except Locked as exc:
            return self.error(409, exc.args[0])
        return summary.as_dict()
