"""Render every pending acknowledgement of receipt at once (cron, admins).

``render_pending()`` renders each incoming mail whose acknowledgement is
still pending (``ack_pending``, decided at registration) with
:func:`ensure_acknowledgement`, and returns a summary: the rendered mails
and the skipped ones with the reason. Idempotent: a rendered mail is no
longer pending, so a second run renders nothing. A mail whose sender lost
its address since registration is no longer pending (the reason is kept in
``ack_skipped``, as at registration); a rendering error leaves it pending
for the next run. Runs as Manager: the caller (REST, ``ia-ingest
--acknowledgements``) checks who may start it.

    POST /courrier/@ia-acknowledgements
         -> {"rendered": [{"reference", "url"}...],
             "skipped": [{"reference", "url", "reason"}...]}
"""

from dataclasses import dataclass
from dataclasses import field
from ia.core.errors import IaError
from ia.docs.letters import acknowledgement
from plone import api
from zope.i18n import translate
import logging


logger = logging.getLogger("ia.docs.letters")


@dataclass
class Summary:
    rendered: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"rendered": self.rendered, "skipped": self.skipped}


def pending_mails() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    mails = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="IaIncomingMail")
    )
    return [mail for mail in mails if getattr(mail, "ack_pending", False)]


def _row(mail) -> dict:
    return {
        "reference": getattr(mail, "reference", None) or mail.getId(),
        "url": mail.absolute_url(),
    }


def render_pending(language="fr") -> Summary:
    summary = Summary()
    with api.env.adopt_roles(["Manager"]):
        for mail in pending_mails():
            reason = acknowledgement.skip_reason(mail)
            if reason is not None:
                mail.ack_pending = False
                mail.ack_skipped = translate(reason, target_language=language)
                summary.skipped.append(dict(_row(mail), reason=mail.ack_skipped))
                continue
            try:
                acknowledgement.ensure_acknowledgement(mail)
            except (IaError, ValueError) as exc:
                message = getattr(exc, "message", None) or exc.args[0]
                text = translate(message, target_language=language)
                logger.warning("%s: %s", _row(mail)["reference"], text)
                summary.skipped.append(dict(_row(mail), reason=text))
                continue
            summary.rendered.append(_row(mail))
    return summary
