"""``POST /courrier/@ia-acknowledgements``: render the pending acknowledgements
(administrators only; see :mod:`ia.docs.letters.bulk`)."""

from ia.core.rest import IaService
from ia.docs import _
from ia.docs.letters.bulk import render_pending
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class AcknowledgementsPost(IaService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not api.user.has_permission("Manage portal", obj=self.context):
            return self.error(
                403,
                _(
                    "msg_acks_forbidden",
                    default="Only the administrators render the pending "
                    "acknowledgements in bulk.",
                ),
            )
        return render_pending().as_dict()
