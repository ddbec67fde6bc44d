"""Who may use ``@ia-ingestion``: ``ia.docs: Ingest mail`` (Manager, Site
Administrator); anonymous gets 401, any other user 403."""

from AccessControl import getSecurityManager
from ia.core.errors import Forbidden
from ia.core.errors import LoginRequired
from ia.docs import _
from plone import api


PERMISSION = "ia.docs: Ingest mail"


def check_allowed(context):
    if api.user.is_anonymous():
        raise LoginRequired(_("msg_ingest_login", default="Log in to ingest mail."))
    if not getSecurityManager().checkPermission(PERMISSION, context):
        raise Forbidden(_("msg_ingest_forbidden", default="You may not ingest mail."))
