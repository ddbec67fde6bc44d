"""``POST /courrier/@ia-acknowledgements``: render the pending acknowledgements
(administrators only; see :mod:`ia.docs.letters.bulk`)."""

from ia.core.errors import Forbidden
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.letters.bulk import render_pending
from plone import api


class AcknowledgementsPost(IaService):
    def answer(self):
        if not api.user.has_permission("Manage portal", obj=self.context):
            raise Forbidden(
                _(
                    "msg_acks_forbidden",
                    default="Only the administrators render the pending "
                    "acknowledgements in bulk.",
                )
            )
        return render_pending().as_dict()
